/**
 * The change an action acts on (for a rollback: the suspect deploy, whose previous version is
 * the target), the placeholder values it provides, and the rollback rules that apply to it.
 */
import type { Change } from '../changes/change-model.js';
import { DomainError } from '../domain-error.js';
import type { ChangeKind } from '../events.js';
import type { SuspectChange } from '../incident-state.js';
import type { Placeholder, PlaceholderValues } from './placeholders.js';

export interface TargetChange {
  changeId: string;
  kind: ChangeKind;
  title: string;
  ref?: string;
  previousRef?: string;
  service?: string;
  migration?: boolean;
  changedAt: string;
  /** marked: a responder marked it as the suspected trigger; detected: the latest deploy before detection; chosen: picked by ref. */
  origin: 'marked' | 'detected' | 'chosen';
}

export interface TargetChoice {
  /** Suspects marked on the incident, oldest mark first. */
  marked: readonly SuspectChange[];
  /** The changes view's suspect: the latest deploy before detection. */
  detected?: Change | undefined;
  /** Every change in view, for choosing by ref. */
  changes?: readonly Change[];
  /** --ref: the ref, version or change id to act on. */
  ref?: string | undefined;
}

function fromChange(change: Change, origin: TargetChange['origin']): TargetChange {
  const { id, kind, title, ref, previousRef, service, migration, at } = change;
  return { changeId: id, kind, title, changedAt: at, origin, ...defined({ ref, previousRef, service, migration }) };
}

function fromSuspect(suspect: SuspectChange, origin: TargetChange['origin']): TargetChange {
  const { changeId, kind, title, ref, previousRef, service, migration, changedAt } = suspect;
  return { changeId, kind, title, changedAt, origin, ...defined({ ref, previousRef, service, migration }) };
}

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** By ref: marked suspects first, then the changes in view; else the latest marked suspect, else the detected one. */
export function chooseTarget(choice: TargetChoice): TargetChange | undefined {
  const wanted = choice.ref?.trim();
  if (wanted) {
    const suspect = [...choice.marked].reverse().find((s) => s.ref === wanted || s.changeId === wanted);
    if (suspect) return fromSuspect(suspect, 'chosen');
    const change = [...(choice.changes ?? [])].reverse().find((c) => c.ref === wanted || c.id === wanted);
    if (change) return fromChange(change, 'chosen');
    throw new DomainError(`no change with ref or id "${wanted}" among the suspects and recent changes (\`warroom changes\` lists them)`, 'usage');
  }
  const latestMarked = [...choice.marked].sort((a, b) => Date.parse(a.markedAt) - Date.parse(b.markedAt)).at(-1);
  if (latestMarked) return fromSuspect(latestMarked, 'marked');
  return choice.detected ? fromChange(choice.detected, 'detected') : undefined;
}

/** Placeholder values from the target and incident, and why each missing one is missing. */
export function placeholderValues(
  target: TargetChange | undefined,
  incidentId: string,
  configuredService: string,
): { values: PlaceholderValues; missing: Partial<Record<Placeholder, string>> } {
  const values: PlaceholderValues = { incident: incidentId, service: target?.service ?? configuredService };
  const missing: Partial<Record<Placeholder, string>> = {};
  const noTarget = 'no suspect change: mark one in the changes pane (`warroom suspect ID`) or pass --ref';
  if (target?.ref !== undefined) {
    values.ref = target.ref;
    values.version = target.ref;
  } else {
    missing.ref = missing.version = target ? `${target.title} has no ref or version` : noTarget;
  }
  if (target?.previousRef !== undefined) values.previousVersion = target.previousRef;
  else missing.previousVersion = target ? `no earlier version of ${target.service ?? target.title} is known (nothing was deployed before it in the change sources)` : noTarget;
  return { values, missing };
}

export interface RollbackRules {
  /** Reasons to stop and think (a migration ran). */
  cautions: string[];
  /** How the timing reads against the DOMAIN rule "roll back first when it began right after a deploy". */
  hints: string[];
}

const RECENT_MS = 60 * 60_000;

/** The rollback rules that apply to this target, given when the problem was detected. */
export function rollbackRules(target: TargetChange | undefined, detectedAt: string): RollbackRules {
  if (!target) return { cautions: [], hints: [] };
  const what = [target.service, target.ref].filter(Boolean).join(' ') || target.title;
  const cautions: string[] = [];
  if (target.migration || target.kind === 'migration') {
    cautions.push(`${what} ran a database migration: do not roll back the application alone; make sure the migration can be reversed first, or roll forward with a fix`);
  }
  const hints: string[] = [];
  const beforeMs = Date.parse(detectedAt) - Date.parse(target.changedAt);
  const minutes = Math.floor(Math.abs(beforeMs) / 60_000);
  if (beforeMs < 0) {
    hints.push(`${what} went out ${minutes} min after detection: it cannot have started this incident`);
  } else if (beforeMs <= RECENT_MS) {
    hints.push(`${what} went out ${minutes} min before detection: when trouble starts right after a deploy, rolling back first is usually the fastest way back`);
  } else {
    hints.push(`${what} went out ${Math.round(beforeMs / 3_600_000)} h before detection: less likely to be the trigger; check later changes too`);
  }
  if (target.origin === 'detected') hints.push(`${target.changeId} is the latest deploy before detection; nobody has marked it as the suspect yet`);
  return { cautions, hints };
}
