/**
 * One timeline entry per event: UTC time, actor, what happened, result. The console's timeline
 * pane and the postmortem's timeline table both render from these entries.
 */
import type { EventDataMap, EventType, IncidentEvent } from './events.js';
import { formatDuration } from './durations.js';
import { ROLE_TITLES } from './roles.js';

export interface TimelineEntry {
  seq: number;
  /** ISO 8601 UTC, as stored. */
  at: string;
  actor: string;
  type: string;
  what: string;
  result: string;
}

type Describe<T extends EventType> = (data: EventDataMap[T]) => [what: string, result: string];

const short = (hash: string) => hash.slice(0, 12);
/** Sub-10-second runs (most checks) keep a decimal; "0s" would hide a 240 ms check. */
const runTime = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(1)}s` : formatDuration(ms));
const joinParts = (...parts: (string | undefined | false)[]) => parts.filter(Boolean).join('; ');

const DESCRIBE: { [T in EventType]: Describe<T> } = {
  'incident.declared': (d) => [
    `declared ${d.severity}: ${d.title}`,
    joinParts(`detected ${utcDateTime(d.detectedAt)}`, d.drill && 'drill', d.breach && 'possible personal-data exposure'),
  ],
  'incident.acknowledged': () => ['acknowledged', ''],
  'incident.edited': (d) => [`set ${d.field}`, Array.isArray(d.value) ? d.value.join(', ') : d.value],
  'severity.changed': (d) => [`severity ${d.from} → ${d.to}`, d.reason ?? ''],
  'status.changed': (d) => [`status ${d.from} → ${d.to}`, ''],
  'role.assigned': (d) => [`${ROLE_TITLES[d.role] ?? d.role} assigned`, d.name],
  'role.released': (d) => [`${ROLE_TITLES[d.role] ?? d.role} released`, ''],
  'note.added': (d) => ['note', d.text],
  'breach.flagged': (d) => [d.flagged ? 'flagged possible personal-data exposure' : 'cleared personal-data exposure flag', ''],
  'freeze.changed': (d) => [d.frozen ? 'deploy freeze on' : 'deploy freeze lifted', d.reason ?? ''],
  'mitigation.started': (d) => ['mitigation started', d.via ?? ''],
  'incident.mitigated': (d) => ['mitigated', d.note ?? ''],
  'incident.resolved': (d) => [
    'resolved',
    joinParts(
      d.note,
      d.openItems ? `${d.openItems} checklist item(s) open` : undefined,
      d.failingChecks?.length ? `checks not OK: ${d.failingChecks.join(', ')}` : undefined,
      d.checksSkipped && 'checks not re-run',
      d.reason && `reason: ${d.reason}`,
    ),
  ],
  'incident.reopened': (d) => ['reopened', d.reason ?? ''],
  'check.finished': (d) => [
    `check ${d.name}`,
    joinParts(
      d.previousStatus && d.previousStatus !== d.status ? `${d.previousStatus} → ${d.status}` : d.status,
      d.summary,
      d.timedOut && 'timed out',
      runTime(d.durationMs),
    ),
  ],
  'change.suspected': (d) => [
    `marked ${d.kind} ${d.ref ? `${d.ref} ` : ''}as suspect: ${d.title}`,
    joinParts(
      `changed ${utcDateTime(d.changedAt)}`,
      `source ${d.source}`,
      d.service && `service ${d.service}`,
      d.previousRef && `previous ${d.previousRef}`,
      d.migration && 'ran a migration',
    ),
  ],
  'change.cleared': (d) => [`cleared suspect ${d.changeId}`, ''],
  'runbook.attached': (d) => [`attached runbook ${d.runbook}`, `version ${short(d.contentHash)}`],
  'checklist.toggled': (d) => [
    `${d.checked ? 'checked' : 'unchecked'} "${d.text}"`,
    `${d.runbook}#${d.itemId} @ ${short(d.contentHash)}`,
  ],
  'action.started': (d) => [`action ${d.name} started${d.dryRun ? ' (dry run)' : ''}`, d.argv.join(' ')],
  'action.finished': (d) => [
    `action ${d.name} finished${d.dryRun ? ' (dry run)' : ''}`,
    joinParts(
      actionOutcome(d),
      runTime(d.durationMs),
      lastLine(d.outputTail),
    ),
  ],
  'action.verified': (d) => [
    `verified action ${d.name}`,
    joinParts(d.passed ? 'passed' : 'failed', ...d.results.map((r) => `${r.name} ${r.before ? `${r.before} → ` : ''}${r.after}`)),
  ],
  'update.posted': (d) => [
    `${d.kind === 'update' ? '' : `${d.kind} `}update posted (${d.audience})`,
    joinParts(d.text, ...d.targets.map((t) => (t.ok ? `sent to ${t.target}` : `${t.target} failed: ${t.error ?? 'unknown error'}`))),
  ],
  'followup.added': (d) => [
    `follow-up ${d.followupId} added: ${d.text}`,
    joinParts(d.priority, d.owner && `owner ${d.owner}`, d.due && `due ${d.due}`),
  ],
  'followup.closed': (d) => [`follow-up ${d.followupId} closed`, d.note ?? ''],
  'postmortem.exported': (d) => ['postmortem exported', d.path],
  'postmortem.completed': (d) => ['postmortem done', d.link ?? ''],
};

/** Exit code when there is one; otherwise why there is none (the run error says it best). */
function actionOutcome(d: EventDataMap['action.finished']): string {
  if (d.cancelled) return joinParts('cancelled', d.error);
  if (d.exitCode !== null) return joinParts(`exit ${d.exitCode}`, d.error);
  return d.error ?? (d.timedOut ? 'timed out' : 'killed, no exit code');
}

function lastLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.at(-1) ?? '';
}

/** "2026-11-22 03:12:04Z" from an ISO time. */
export function utcDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

/** "03:12:04Z" from an ISO time. */
export function utcTime(iso: string): string {
  return utcDateTime(iso).slice(11);
}

/** Describes one event; events of unknown types are shown by type name, not dropped. */
export function timelineEntry(event: IncidentEvent): TimelineEntry {
  const describe = DESCRIBE[event.type] as Describe<EventType> | undefined;
  const [what, result] = describe ? describe(event.data) : [event.type, ''];
  return { seq: event.seq, at: event.at, actor: event.actor, type: event.type, what: oneLine(what), result: oneLine(result) };
}

/** The entry as one plain-text line; `withDate` adds the UTC date for spans over midnight. */
export function formatTimelineLine(entry: TimelineEntry, options: { withDate?: boolean } = {}): string {
  const time = options.withDate ? utcDateTime(entry.at) : utcTime(entry.at);
  return [time, entry.actor, entry.what, entry.result].filter(Boolean).join('  ');
}

/** Collapses newlines and runs of spaces so an entry always fits one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
