/** Folds the event log into incident states. Pure: same events in, same state out. */
import type { EventDataMap, EventType, IncidentEvent } from './events.js';
import type { IncidentState } from './incident-state.js';

type Reducer<T extends EventType> = (state: IncidentState, data: EventDataMap[T], event: IncidentEvent<T>) => IncidentState;

function declare(event: IncidentEvent<'incident.declared'>): IncidentState {
  const d = event.data;
  return {
    id: event.incidentId,
    title: d.title,
    severity: d.severity,
    severityHistory: [],
    status: 'investigating',
    summary: d.summary ?? '',
    impact: d.impact ?? '',
    rootCause: '',
    tags: d.tags ?? [],
    declaredBy: event.actor,
    milestones: { detected: d.detectedAt, declared: event.at },
    roles: {},
    frozen: false,
    breach: d.breach ?? false,
    drill: d.drill ?? false,
    checks: {},
    suspects: [],
    attachedRunbooks: [],
    checklist: {},
    updates: [],
    followups: [],
    events: [event],
    lastEventAt: event.at,
  };
}

const reducers: { [T in EventType]: Reducer<T> } = {
  'incident.declared': (s) => s,
  'incident.acknowledged': (s, _d, e) => (s.milestones.acknowledged ? s : { ...s, milestones: { ...s.milestones, acknowledged: e.at } }),
  'incident.edited': (s, d) => {
    switch (d.field) {
      case 'detectedAt':
        return { ...s, milestones: { ...s.milestones, detected: String(d.value) } };
      case 'tags':
        return { ...s, tags: Array.isArray(d.value) ? d.value : [d.value] };
      default:
        return { ...s, [d.field]: String(d.value) };
    }
  },
  'severity.changed': (s, d, e) => ({
    ...s,
    severity: d.to,
    severityHistory: [...s.severityHistory, { at: e.at, actor: e.actor, from: d.from, to: d.to }],
  }),
  'status.changed': (s, d) => ({ ...s, status: d.to }),
  'role.assigned': (s, d) => ({ ...s, roles: { ...s.roles, [d.role]: d.name } }),
  'role.released': (s, d) => {
    const roles = { ...s.roles };
    delete roles[d.role];
    return { ...s, roles };
  },
  'note.added': (s) => s,
  'breach.flagged': (s, d) => ({ ...s, breach: d.flagged }),
  'freeze.changed': (s, d) => ({ ...s, frozen: d.frozen }),
  'mitigation.started': (s, _d, e) =>
    s.milestones.mitigationStarted ? s : { ...s, milestones: { ...s.milestones, mitigationStarted: e.at } },
  'incident.mitigated': (s, _d, e) => ({
    ...s,
    milestones: {
      ...s.milestones,
      mitigationStarted: s.milestones.mitigationStarted ?? e.at,
      mitigated: s.milestones.mitigated ?? e.at,
    },
  }),
  'incident.resolved': (s, _d, e) => ({ ...s, status: 'resolved', milestones: { ...s.milestones, resolved: e.at } }),
  'incident.reopened': (s) => {
    const milestones = { ...s.milestones };
    delete milestones.resolved;
    return { ...s, status: 'investigating', milestones };
  },
  'check.finished': (s, d, e) => ({
    ...s,
    checks: {
      ...s.checks,
      [d.name]: {
        name: d.name,
        status: d.status,
        summary: d.summary,
        durationMs: d.durationMs,
        at: e.at,
        timedOut: d.timedOut ?? false,
        perfdata: d.perfdata ?? [],
        ...(s.checks[d.name] ? { previousStatus: s.checks[d.name]!.status } : {}),
      },
    },
  }),
  'change.suspected': (s, d, e) => ({
    ...s,
    suspects: [...s.suspects.filter((c) => c.changeId !== d.changeId), { ...d, markedBy: e.actor, markedAt: e.at }],
  }),
  'change.cleared': (s, d) => ({ ...s, suspects: s.suspects.filter((c) => c.changeId !== d.changeId) }),
  'runbook.attached': (s, d) =>
    s.attachedRunbooks.some((r) => r.runbook === d.runbook && r.contentHash === d.contentHash)
      ? s
      : { ...s, attachedRunbooks: [...s.attachedRunbooks.filter((r) => r.runbook !== d.runbook), d] },
  'checklist.toggled': (s, d, e) => ({
    ...s,
    checklist: { ...s.checklist, [`${d.runbook}#${d.itemId}`]: { ...d, by: e.actor, at: e.at } },
  }),
  'action.started': (s, d, e) => ({
    ...s,
    runningAction: {
      name: d.name,
      kind: d.kind,
      argv: d.argv,
      startedAt: e.at,
      actor: e.actor,
      ...(d.pid !== undefined ? { pid: d.pid } : {}),
      ...(d.host !== undefined ? { host: d.host } : {}),
    },
  }),
  'action.finished': (s) => {
    const next = { ...s };
    delete next.runningAction;
    return next;
  },
  'action.verified': (s) => s,
  'update.posted': (s, d, e) => ({ ...s, updates: [...s.updates, { ...d, at: e.at, actor: e.actor }] }),
  'followup.added': (s, d, e) => ({
    ...s,
    followups: [
      ...s.followups,
      {
        id: d.followupId,
        text: d.text,
        priority: d.priority,
        createdAt: e.at,
        ...(d.owner ? { owner: d.owner } : {}),
        ...(d.due ? { due: d.due } : {}),
      },
    ],
  }),
  'followup.closed': (s, d, e) => ({
    ...s,
    followups: s.followups.map((f) => (f.id === d.followupId && !f.closedAt ? { ...f, closedAt: e.at } : f)),
  }),
  // A draft export is not a postmortem done: the milestone comes from `postmortem.completed` alone.
  'postmortem.exported': (s) => s,
  'postmortem.completed': (s, _d, e) => ({ ...s, milestones: { ...s.milestones, postmortemDone: e.at } }),
};

function reduce(state: IncidentState, event: IncidentEvent): IncidentState {
  const reducer = reducers[event.type] as Reducer<EventType> | undefined;
  // Events of a type this version does not know are kept on the timeline but change nothing.
  return reducer ? reducer(state, event.data, event) : state;
}

/** Applies one more event to an incident's state (incremental fold). */
export function applyEvent(state: IncidentState, event: IncidentEvent): IncidentState {
  return { ...reduce(state, event), events: [...state.events, event], lastEventAt: event.at };
}

/** Folds one incident's events (the first must be its declaration). */
export function foldIncident(events: readonly IncidentEvent[]): IncidentState | undefined {
  const first = events[0];
  if (!first || first.type !== 'incident.declared') return undefined;
  let state = declare(first as IncidentEvent<'incident.declared'>);
  for (let i = 1; i < events.length; i++) state = reduce(state, events[i]!);
  const last = events[events.length - 1]!;
  return { ...state, events: [...events], lastEventAt: last.at };
}

/** Folds a whole store's events into every incident, in declaration order. */
export function foldAll(events: readonly IncidentEvent[]): IncidentState[] {
  const byIncident = new Map<string, IncidentEvent[]>();
  for (const event of events) {
    const list = byIncident.get(event.incidentId);
    if (list) list.push(event);
    else byIncident.set(event.incidentId, [event]);
  }
  const incidents: IncidentState[] = [];
  for (const list of byIncident.values()) {
    const state = foldIncident(list);
    if (state) incidents.push(state);
  }
  return incidents;
}
