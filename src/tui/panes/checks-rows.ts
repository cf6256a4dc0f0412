/** Checks pane rows: every configured check with its latest result from the incident log. */
import type { CheckDefinition } from '../../config/sections/checks.js';
import type { CheckStatus } from '../../domain/events.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { memoRows, type PaneRow, type RowTone } from './pane-row.js';

const STATUS_TONE: Record<CheckStatus, RowTone> = { OK: 'ok', WARNING: 'warning', CRITICAL: 'critical', UNKNOWN: 'unknown' };

export const CHECKS_EMPTY = 'No checks configured — add `checks:` to warroom.yaml';

/** Configured checks first (in config order), then results for checks no longer configured. */
export const checksRows = memoRows((incident: IncidentState, checks: readonly CheckDefinition[]): PaneRow[] => {
  const names = [...checks.map((c) => c.name), ...Object.keys(incident.checks).filter((n) => !checks.some((c) => c.name === n))];
  return names.map((name) => {
    const result = incident.checks[name];
    if (!result) return { key: name, segments: [{ text: 'not run  ', tone: 'muted' }, { text: name, tone: 'normal' }] };
    return {
      key: name,
      segments: [
        { text: result.status.padEnd(9), tone: STATUS_TONE[result.status] },
        { text: name, tone: 'normal' },
        { text: result.summary ? `  ${result.summary}` : '', tone: 'muted' },
      ],
    };
  });
});
