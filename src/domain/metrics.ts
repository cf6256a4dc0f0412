/**
 * Process metrics across incidents, compared with the targets (DOMAIN.md, "Measures of the
 * process"). Drills are left out: they measure practice, not production. Severity means the
 * highest level an incident reached. Items whose deadline has not passed yet count as pending,
 * neither met nor missed.
 */
import { incidentDurations } from './durations.js';
import { isEventOfType } from './events.js';
import type { IncidentState } from './incident-state.js';
import { findRepeats, type Repeat } from './repeat-incidents.js';
import { SEVERITIES, type Severity } from './severity.js';
import { severityReached } from './severity-reached.js';
import type { ProcessTargets } from './targets.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface Distribution {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}

export interface SeverityTimes {
  severity: Severity;
  incidents: number;
  mtta: Distribution & { targetMinutes?: number; met?: boolean | null };
  timeToMitigate: Distribution;
  mttr: Distribution & { targetMinutes?: number; met?: boolean | null };
}

export interface Rate {
  eligible: number;
  met: number;
  pending: number;
  percent: number | null;
  targetPercent: number;
  /** null when nothing was eligible yet. */
  meetsTarget: boolean | null;
}

export interface Metrics {
  window: { from: string | null; to: string };
  incidents: { total: number; open: number; drillsExcluded: number; bySeverity: Record<Severity, number> };
  times: SeverityTimes[];
  postmortems: Rate & { withinHours: number; severities: Severity[] };
  followups: Rate & { withinDays: number };
  repeats: { repeats: Repeat[]; percent: number | null; windowDays: number; targetPercentBelow: number; meetsTarget: boolean | null };
}

/** Linear-interpolated percentile (p in 0..1) of unsorted values; null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

function distribution(values: (number | null)[]): Distribution {
  const present = values.filter((v): v is number => v !== null);
  return { count: present.length, medianMs: percentile(present, 0.5), p90Ms: percentile(present, 0.9) };
}

function judged(d: Distribution, targetMinutes: number | undefined): Distribution & { targetMinutes?: number; met?: boolean | null } {
  if (targetMinutes === undefined) return d;
  return { ...d, targetMinutes, met: d.medianMs === null ? null : d.medianMs < targetMinutes * 60_000 };
}

function rate(eligible: number, met: number, pending: number, targetPercent: number): Rate {
  const percent = eligible === 0 ? null : (met / eligible) * 100;
  return { eligible, met, pending, percent, targetPercent, meetsTarget: percent === null ? null : percent >= targetPercent };
}

/** Metrics for incidents declared within `sinceMs` before `now` (all incidents without it). */
export function computeMetrics(all: readonly IncidentState[], targets: ProcessTargets, now: Date, sinceMs?: number): Metrics {
  const from = sinceMs === undefined ? null : new Date(now.getTime() - sinceMs).toISOString();
  const real = all.filter((i) => !i.drill);
  const inWindow = real.filter((i) => from === null || Date.parse(i.milestones.declared) >= Date.parse(from));
  const highest = new Map(inWindow.map((i) => [i.id, severityReached(i).highest]));
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const s of highest.values()) bySeverity[s]++;

  const times = SEVERITIES.filter((s) => bySeverity[s] > 0).map((severity): SeverityTimes => {
    const group = inWindow.filter((i) => highest.get(i.id) === severity).map((i) => incidentDurations(i, now));
    return {
      severity,
      incidents: group.length,
      mtta: judged(distribution(group.map((d) => d.timeToAcknowledgeMs)), targets.mttaMinutes[severity]),
      timeToMitigate: distribution(group.map((d) => d.timeToMitigateMs)),
      mttr: judged(distribution(group.map((d) => d.timeToResolveMs)), targets.mttrMinutes[severity]),
    };
  });

  const repeats = findRepeats(inWindow, real, targets.repeatWindowDays * DAY);
  const repeatPercent = inWindow.length === 0 ? null : (repeats.length / inWindow.length) * 100;
  return {
    window: { from, to: now.toISOString() },
    incidents: {
      total: inWindow.length,
      open: inWindow.filter((i) => i.status !== 'resolved').length,
      drillsExcluded: all.length - real.length,
      bySeverity,
    },
    times,
    postmortems: {
      ...postmortemRate(inWindow.filter((i) => targets.postmortemSeverities.includes(highest.get(i.id)!)), targets, now),
      withinHours: targets.postmortemWithinHours,
      severities: targets.postmortemSeverities,
    },
    followups: { ...followupRate(inWindow, targets, now), withinDays: targets.followupWithinDays },
    repeats: {
      repeats,
      percent: repeatPercent,
      windowDays: targets.repeatWindowDays,
      targetPercentBelow: targets.repeatPercentBelow,
      meetsTarget: repeatPercent === null ? null : repeatPercent < targets.repeatPercentBelow,
    },
  };
}

/** A postmortem counts when marked done (`postmortem.completed`, not a draft export) after the final resolution, within the allowed hours. */
function postmortemRate(incidents: readonly IncidentState[], targets: ProcessTargets, now: Date): Rate {
  const allowed = targets.postmortemWithinHours * HOUR;
  let eligible = 0;
  let met = 0;
  let pending = 0;
  for (const incident of incidents) {
    const resolved = incident.milestones.resolved;
    if (!resolved) continue;
    const resolvedMs = Date.parse(resolved);
    const written = incident.events.some(
      (e) => isEventOfType(e, 'postmortem.completed') && Date.parse(e.at) >= resolvedMs && Date.parse(e.at) - resolvedMs <= allowed,
    );
    if (written) met++;
    else if (now.getTime() - resolvedMs < allowed) {
      pending++;
      continue;
    }
    eligible++;
  }
  return rate(eligible, met, pending, targets.postmortemPercent);
}

function followupRate(incidents: readonly IncidentState[], targets: ProcessTargets, now: Date): Rate {
  const allowed = targets.followupWithinDays * DAY;
  let eligible = 0;
  let met = 0;
  let pending = 0;
  for (const f of incidents.flatMap((i) => i.followups)) {
    const created = Date.parse(f.createdAt);
    if (f.closedAt && Date.parse(f.closedAt) - created <= allowed) met++;
    else if (!f.closedAt && now.getTime() - created < allowed) {
      pending++;
      continue;
    }
    eligible++;
  }
  return rate(eligible, met, pending, targets.followupPercent);
}
