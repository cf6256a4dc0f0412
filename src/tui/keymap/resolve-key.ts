/** Pure key resolution: which binding a key press means in the current context, and whether it may run. */
import { clock } from '../../domain/actions/preflight.js';
import type { Modal, PaneId } from '../state/console-state.js';
import { KEYMAP, type Binding, type KeyBinding, type Scope } from './keymap.js';

export type { Binding };

export interface KeyContext {
  screen: 'start' | 'incident';
  modal: Modal['kind'] | undefined;
  focus: PaneId;
  readOnly: boolean;
  /** Set when the open incident is resolved: changes to it are refused. */
  resolvedIncident: string | undefined;
  /** A replay console: its own keys come first and nothing may write. */
  replay?: boolean;
  /** The terminal is too small to show the console: only `anySize` keys (quit, redraw) act. */
  tooSmall?: boolean;
  /** When the open incident was marked mitigated: `beforeMitigation` keys are refused. */
  mitigatedAt?: string | undefined;
  /** Commands of the dialog on top that do nothing in its current step: the key bar leaves them out. */
  idle?: readonly string[] | undefined;
}

/** What decides which bindings apply (not whether they may run). */
export type ScopeContext = Pick<KeyContext, 'screen' | 'modal' | 'focus' | 'replay' | 'tooSmall' | 'idle'>;

export interface Resolution {
  binding: Binding;
  /** Why the command cannot run here; the dispatcher shows it instead of running. */
  disabledReason: string | undefined;
}

const MODAL_SCOPES: Record<Modal['kind'], Scope[]> = {
  text: ['text'],
  'checklist-item': ['checklist-item'],
  runbooks: ['runbooks'],
  'runbook-reader': ['reader'],
  quit: ['quit'],
  help: ['help'],
  roles: ['roles', 'picker'],
  severity: ['picker'],
  status: ['picker'],
  action: ['action'],
  mitigate: ['mitigate'],
  'compose-setup': ['compose-setup'],
  'compose-edit': ['compose-edit'],
  'compose-discard': ['compose-discard'],
  'compose-preview': ['compose-preview'],
  'compose-result': ['compose-result'],
  updates: ['updates'],
  breach: ['breach'],
  resolve: ['resolve'],
  followups: ['followups'],
  'check-details': ['check'],
  'change-details': ['details'],
  'event-details': ['event'],
};

/** Scopes in the order they are searched: the modal on top, else the focused pane, the screen, then global. */
export function activeScopes(context: ScopeContext): Scope[] {
  // Nothing can be seen on a too-small terminal: a dialog underneath keeps its state until it is enlarged.
  if (context.tooSmall) return context.modal === 'quit' ? ['quit'] : ['global'];
  if (context.modal) return MODAL_SCOPES[context.modal];
  if (context.screen === 'start') return ['start', 'global'];
  // Replay keys win over the panes' own (space plays rather than ticks, which a replay refuses anyway).
  if (context.replay) return ['replay', `pane:${context.focus}`, 'incident', 'global'];
  return [`pane:${context.focus}`, 'incident', 'global'];
}

export const READ_ONLY_REASON = 'this console is read-only (--read-only)';
export const REPLAY_REASON = 'a replay is read-only: it shows the incident as it was and changes nothing';

/** Why a binding cannot run in this context, or undefined when it can. */
export function disabledReason(binding: KeyBinding, context: KeyContext): string | undefined {
  if (!binding.mutates) return undefined;
  if (context.replay) return REPLAY_REASON;
  if (context.readOnly) return READ_ONLY_REASON;
  if (context.resolvedIncident && context.screen === 'incident' && !binding.afterResolution) {
    return `${context.resolvedIncident} is resolved: reopen it (\`warroom reopen --incident ${context.resolvedIncident}\`) or declare a new incident`;
  }
  if (binding.beforeMitigation && context.mitigatedAt && context.screen === 'incident') return `the incident was marked mitigated at ${clock(context.mitigatedAt)}`;
  return undefined;
}

const appliesAt = (binding: Binding, scope: Scope, context: ScopeContext) => binding.scope === scope && (!context.tooSmall || binding.anySize === true);

/** The binding a key means here (most specific scope first), or undefined when the key is unbound. */
export function resolveKey(key: string, context: KeyContext, keymap: readonly Binding[] = KEYMAP): Resolution | undefined {
  for (const scope of activeScopes(context)) {
    const binding = keymap.find((b) => appliesAt(b, scope, context) && b.keys.includes(key));
    if (binding) return { binding, disabledReason: disabledReason(binding, context) };
  }
  return undefined;
}

/** Every order in which scopes are searched somewhere in the console (each dialog, each focused pane, the start screen). */
function scopeChains(replay: boolean): Scope[][] {
  const panes = ['checks', 'changes', 'checklist', 'timeline'] as const;
  const screens = panes.map((focus) => activeScopes({ screen: 'incident', modal: undefined, focus, replay }));
  return [...Object.values(MODAL_SCOPES), ...screens, activeScopes({ screen: 'start', modal: undefined, focus: 'timeline' })];
}

/**
 * Where some of `binding`'s keys do something else: a scope searched before its own in one of the
 * console's contexts binds them (the role picker's Enter comes before the picker's). One entry per
 * binding that takes them.
 */
export function shadowingBindings(binding: Binding, keymap: readonly Binding[] = KEYMAP, replay = false): { by: Binding; keys: string[] }[] {
  const found = new Map<Binding, Set<string>>();
  for (const chain of scopeChains(replay)) {
    const at = chain.indexOf(binding.scope);
    for (const earlier of chain.slice(0, Math.max(0, at))) {
      for (const key of binding.keys) {
        const by = keymap.find((b) => b.scope === earlier && b.keys.includes(key));
        if (by) found.set(by, (found.get(by) ?? new Set()).add(key));
      }
    }
  }
  return [...found].map(([by, keys]) => ({ by, keys: binding.keys.filter((key) => keys.has(key)) }));
}

/**
 * Bindings that can fire in this context, most specific first, each with only the keys that reach
 * it: a key a more specific scope takes (Enter in the role picker) is not listed again for the
 * general binding, and a binding left without keys is not listed at all.
 */
export function bindingsInContext(context: ScopeContext, keymap: readonly Binding[] = KEYMAP): Binding[] {
  const taken = new Set<string>();
  const result: Binding[] = [];
  for (const scope of activeScopes(context)) {
    for (const binding of keymap) {
      if (!appliesAt(binding, scope, context)) continue;
      const live = binding.keys.filter((key) => !taken.has(key));
      binding.keys.forEach((key) => taken.add(key));
      if (live.length === 0 || context.idle?.includes(binding.command)) continue;
      result.push(live.length === binding.keys.length ? binding : { ...binding, keys: live });
    }
  }
  return result;
}
