/** What `warroom changes` and `warroom suspect` measure from: the incident's detection time, or now. */
import { parseDurationText } from '../domain/duration-text.js';
import { isOpen, type IncidentState } from '../domain/incident-state.js';
import type { CliContext } from './context.js';
import { CliUsageError } from './errors.js';

export interface ChangeAnchor {
  incident: IncidentState | undefined;
  detectedAt: string;
}

/** The named incident, else the latest open one; without either, detection is now. */
export async function changeAnchor(ctx: CliContext): Promise<ChangeAnchor> {
  if (ctx.incidentId) {
    const incident = await ctx.incidents.current(ctx.incidentId);
    return { incident, detectedAt: incident.milestones.detected };
  }
  const incident = (await ctx.incidents.incidents()).filter(isOpen).at(-1);
  return { incident, detectedAt: incident?.milestones.detected ?? ctx.now().toISOString() };
}

/** Parses `--since DURATION` (how far before detection to look). */
export function parseSinceOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = parseDurationText(text);
  if (ms === undefined || ms <= 0) throw new CliUsageError(`--since "${text}" is not a duration: use e.g. 30m, 2h or 1d`);
  return ms;
}
