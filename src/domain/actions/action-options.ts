/** The mitigation menu: configured actions with their risk and restore time worked out, fastest first. */
import { DomainError } from '../domain-error.js';
import { defaultRestoreTime, defaultRisk, parseRestoreTime, parseRisk, type ActionKind, type RestoreTime, type Risk } from './action-defaults.js';

export const CONFIRM_POLICIES = ['none', 'confirm', 'type-name'] as const;
export type ConfirmPolicy = (typeof CONFIRM_POLICIES)[number];

/** An action as the config defines it (the fields the domain needs). */
export interface ActionSpec {
  name: string;
  kind: ActionKind;
  command: string[];
  dryRun?: string[] | undefined;
  description: string;
  risk?: string | undefined;
  typicalTimeToRestore?: string | undefined;
  verify: string[];
  confirm: ConfirmPolicy;
  /** Milliseconds. */
  timeout: number;
}

/** An action ready for the menu: risk and restore time resolved (stated or the kind's default). */
export interface ActionOption extends ActionSpec {
  resolvedRisk: Risk;
  restoreTime?: RestoreTime;
  /** "2-5 min", or "n/a" when the kind does not restore service by itself. */
  restoreText: string;
}

/** Fills in the kind's defaults where the definition is silent. */
export function resolveAction(spec: ActionSpec): ActionOption {
  const restoreTime = spec.typicalTimeToRestore !== undefined ? parseRestoreTime(spec.typicalTimeToRestore) : defaultRestoreTime(spec.kind);
  return {
    ...spec,
    resolvedRisk: spec.risk !== undefined ? parseRisk(spec.risk) : defaultRisk(spec.kind),
    ...(restoreTime ? { restoreTime } : {}),
    restoreText: restoreTime?.text ?? 'n/a',
  };
}

/** Fastest typical restore first (by the middle of the range); actions without one last; ties keep config order. */
export function orderByRestoreTime<T extends Pick<ActionOption, 'restoreTime'>>(options: readonly T[]): T[] {
  const key = (option: T) => (option.restoreTime ? (option.restoreTime.minMs + option.restoreTime.maxMs) / 2 : Number.POSITIVE_INFINITY);
  return options
    .map((option, index) => ({ option, index }))
    .sort((a, b) => key(a.option) - key(b.option) || a.index - b.index)
    .map(({ option }) => option);
}

/** The menu: every spec resolved and ordered. */
export function actionMenu(specs: readonly ActionSpec[]): ActionOption[] {
  return orderByRestoreTime(specs.map(resolveAction));
}

/** The named action; a usage error listing the configured ones when there is none. */
export function requireAction<T extends { name: string }>(options: readonly T[], name: string): T {
  const found = options.find((option) => option.name === name);
  if (found) return found;
  const known = options.length > 0 ? `configured actions: ${options.map((o) => o.name).join(', ')}` : 'no actions are configured (see `actions:` in warroom.yaml)';
  throw new DomainError(`no action "${name}" (${known})`, 'usage');
}
