/**
 * "What we have learned since the last update": the timeline events after the last delivered
 * update for an audience, in plain words. Customers hear about progress (status, mitigation,
 * resolution); internal readers also get checks, actions, suspects, severity and notes.
 */
import type { CheckStatus, EventDataMap, EventType, IncidentEvent, UpdateAudience } from '../events.js';
import type { IncidentState } from '../incident-state.js';
import { messageTime } from './message-time.js';
import { lastDeliveredIndex } from './delivered-updates.js';

export interface DigestFact {
  at: string;
  text: string;
}

type Phrase<T extends EventType> = (data: EventDataMap[T], event: IncidentEvent<T>) => string | undefined;
type Phrasebook = { [T in EventType]?: Phrase<T> };

const CUSTOMER_STATUS: Record<string, string> = {
  investigating: 'We are investigating the problem again.',
  identified: 'We have identified what is causing the problem.',
  monitoring: 'A fix is in place and we are watching to confirm that it holds.',
};

const customer: Phrasebook = {
  'status.changed': (d) => CUSTOMER_STATUS[d.to],
  'mitigation.started': () => 'We have started applying a mitigation.',
  'incident.mitigated': () => 'A mitigation is in place and the service is recovering.',
  'incident.resolved': () => 'Service has been restored.',
  'incident.reopened': () => 'The problem came back and we are working on it again.',
};

const internal: Phrasebook = {
  'status.changed': (d) => `status ${d.from} -> ${d.to}`,
  'severity.changed': (d) => `severity ${d.from} -> ${d.to}${d.reason ? ` (${d.reason})` : ''}`,
  'mitigation.started': (d, e) => `mitigation started${d.via ? ` via ${d.via}` : ''} by ${e.actor}`,
  'incident.mitigated': (d) => `mitigated${d.note ? `: ${d.note}` : ''}`,
  'incident.resolved': (d) => `resolved${d.note ? `: ${d.note}` : ''}`,
  'incident.reopened': (d) => `reopened${d.reason ? `: ${d.reason}` : ''}`,
  'incident.edited': (d) => (d.field === 'impact' ? `impact now: ${String(d.value)}` : undefined),
  'change.suspected': (d) => `suspected trigger: ${d.kind} "${d.title}"${d.ref ? ` (${d.ref})` : ''} at ${messageTime(d.changedAt)}`,
  'change.cleared': (d) => `cleared suspect ${d.changeId}`,
  'action.finished': (d) =>
    `action "${d.name}"${d.dryRun ? ' (dry run)' : ''} ${d.cancelled ? 'cancelled' : d.exitCode === 0 ? 'succeeded' : `failed (exit ${d.exitCode ?? 'none'})`}`,
  'action.verified': (d) => `verification after "${d.name}" ${d.passed ? 'passed' : 'failed'}`,
  'breach.flagged': (d) => (d.flagged ? 'flagged as a possible personal-data breach' : 'personal-data breach flag cleared'),
  'freeze.changed': (d) => `deploy freeze ${d.frozen ? 'on' : 'off'}`,
  'note.added': (d, e) => `note from ${e.actor}: ${d.text}`,
};

const isHealthy = (s: CheckStatus | undefined) => s === 'OK';

function checkFact(data: EventDataMap['check.finished'], previous: CheckStatus | undefined): string | undefined {
  if (previous === data.status) return undefined;
  if (isHealthy(data.status) && previous !== undefined) return `check ${data.name} recovered (${previous} -> OK)`;
  if (!isHealthy(data.status)) return `check ${data.name} is ${data.status}: ${data.summary}`;
  return undefined;
}

/** Facts from the timeline since the last delivered update for `audience` (since declaration if none). */
export function factsSinceLastUpdate(incident: Pick<IncidentState, 'events'>, audience: UpdateAudience): DigestFact[] {
  const events = incident.events;
  const from = lastDeliveredIndex(events, audience) + 1;
  const book = audience === 'customer' ? customer : internal;
  const checkStatus = new Map<string, CheckStatus>();
  const facts: DigestFact[] = [];
  events.forEach((event, index) => {
    if (event.type === 'check.finished') {
      const data = event.data as EventDataMap['check.finished'];
      const previous = checkStatus.get(data.name);
      checkStatus.set(data.name, data.status);
      const text = index >= from && audience === 'internal' ? checkFact(data, previous) : undefined;
      if (text) facts.push({ at: event.at, text });
      return;
    }
    if (index < from) return;
    const phrase = book[event.type] as Phrase<EventType> | undefined;
    const text = phrase?.(event.data, event);
    if (text) facts.push({ at: event.at, text });
  });
  return facts;
}

/** Bullet lines ("- 03:12 UTC  text"), newest last; older facts beyond `limit` are summarised. */
export function formatFacts(facts: readonly DigestFact[], limit = 10): string {
  const kept = facts.slice(-limit);
  const lines = kept.map((f) => `- ${messageTime(f.at)}  ${f.text}`);
  const dropped = facts.length - kept.length;
  if (dropped > 0) lines.unshift(`- (${dropped} earlier ${dropped === 1 ? 'entry' : 'entries'} on the timeline)`);
  return lines.join('\n');
}
