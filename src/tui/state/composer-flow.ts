/**
 * The status-update composer as a pure state machine: choose kind and audience, write, preview,
 * post, see each target's result. Each step is its own dialog kind (so each has its own keys);
 * the fields travel with it from step to step.
 */
import { UPDATE_AUDIENCES, UPDATE_KINDS } from '../../domain/comms/update-decisions.js';
import { suggestUpdateKind } from '../../domain/comms/update-draft.js';
import type { Deadline } from '../../domain/deadlines.js';
import type { UpdateAudience, UpdateKind, UpdateTargetResult } from '../../domain/events.js';
import type { IncidentState } from '../../domain/incident-state.js';

export type ComposerStep = 'compose-setup' | 'compose-edit' | 'compose-discard' | 'compose-preview' | 'compose-result';

export interface TargetChoice {
  name: string;
  selected: boolean;
}

/** A draft kept in the store for this incident. */
export interface KeptDraft {
  updateKind: UpdateKind;
  audience: UpdateAudience;
  savedAt: string;
}

export interface ComposerFields {
  incidentId: string;
  updateKind: UpdateKind;
  audience: UpdateAudience;
  /** The setup row with focus. */
  field: 'kind' | 'audience';
  /** Kind or audience picked by hand: a kept draft found later no longer changes them. */
  touched: boolean;
  /** The kind is what the incident owes (the resolution, once resolved): a kept draft may change the audience only. */
  kindOwed: boolean;
  keptDrafts: KeptDraft[];
  text: string;
  cursor: number;
  /** The text is being read (kept draft or template); edits wait for it. */
  loading: boolean;
  /** Where the text came from. */
  source: 'draft' | 'template' | undefined;
  savedAt: string | undefined;
  /** Typed into since it was loaded: only then is it worth keeping as a draft. */
  edited: boolean;
  targets: TargetChoice[];
  targetIndex: number;
  /** Undefined while posting (on the result step). */
  results: UpdateTargetResult[] | undefined;
  /** Why posting failed before any target was tried (the store, the config). */
  error: string | undefined;
}

export type ComposerModal = ComposerFields & { kind: ComposerStep };

export type ComposerEvent =
  | { type: 'drafts'; kept: KeptDraft[] }
  | { type: 'field'; delta: 1 | -1 }
  | { type: 'cycle'; delta: 1 | -1; incident: Pick<IncidentState, 'status' | 'updates'> }
  | { type: 'write'; targets: TargetChoice[] }
  | { type: 'loaded'; updateKind: UpdateKind; audience: UpdateAudience; text: string; source: 'draft' | 'template'; savedAt?: string | undefined }
  | { type: 'load-failed' }
  | { type: 'edit'; text: string; cursor: number }
  | { type: 'preview' }
  | { type: 'back' }
  | { type: 'ask-discard' }
  | { type: 'target-move'; delta: 1 | -1 }
  | { type: 'target-toggle' }
  | { type: 'posting' }
  | { type: 'posted'; results: UpdateTargetResult[] }
  | { type: 'post-failed'; error: string }
  /** `text`: the text refreshed for the retry (a next-update time that passed meanwhile). */
  | { type: 'retry'; text?: string | undefined };

/**
 * The composer's first state. The audience is the one whose update is due soonest (else the
 * customers), the kind what that audience needs next (initial, update, resolution). Once the
 * incident is resolved the resolution notice is what is owed, whatever other drafts are kept.
 */
export function openComposer(incident: Pick<IncidentState, 'id' | 'status' | 'updates'>, soonest: Deadline | undefined): ComposerModal {
  const audience = soonest?.audience ?? 'customer';
  return {
    kind: 'compose-setup',
    incidentId: incident.id,
    updateKind: suggestUpdateKind(incident, audience),
    audience,
    field: 'kind',
    touched: false,
    kindOwed: incident.status === 'resolved',
    keptDrafts: [],
    text: '',
    cursor: 0,
    loading: false,
    source: undefined,
    savedAt: undefined,
    edited: false,
    targets: [],
    targetIndex: 0,
    results: undefined,
    error: undefined,
  };
}

function cycle<T>(values: readonly T[], current: T, delta: number): T {
  const index = values.indexOf(current);
  return values[(index + delta + values.length) % values.length]!;
}

/** The kept draft for the composer's kind and audience, if there is one. */
export function keptDraftFor(modal: Pick<ComposerFields, 'keptDrafts' | 'updateKind' | 'audience'>): KeptDraft | undefined {
  return modal.keptDrafts.find((d) => d.updateKind === modal.updateKind && d.audience === modal.audience);
}

function reduceSetup(modal: ComposerModal, event: ComposerEvent): ComposerModal {
  switch (event.type) {
    case 'drafts': {
      // Drafts of other kinds stay kept (listed, and loaded when their kind is chosen) but are not offered first.
      const offerable = modal.kindOwed ? event.kept.filter((d) => d.updateKind === modal.updateKind) : event.kept;
      const newest = [...offerable].sort((a, b) => a.savedAt.localeCompare(b.savedAt)).at(-1);
      // Offer the most recent kept draft first, unless the person already chose something else.
      const pick = !modal.touched && newest ? { updateKind: newest.updateKind, audience: newest.audience } : {};
      return { ...modal, keptDrafts: event.kept, ...pick };
    }
    case 'field':
      return { ...modal, field: modal.field === 'kind' ? 'audience' : 'kind' };
    case 'cycle':
      if (modal.field === 'kind') return { ...modal, touched: true, updateKind: cycle(UPDATE_KINDS, modal.updateKind, event.delta) };
      {
        const audience = cycle(UPDATE_AUDIENCES, modal.audience, event.delta);
        // A new audience brings its own suggested kind (its first update is an initial one).
        return { ...modal, touched: true, audience, updateKind: suggestUpdateKind(event.incident, audience) };
      }
    case 'write':
      return { ...modal, kind: 'compose-edit', loading: true, text: '', cursor: 0, edited: false, targets: event.targets, targetIndex: 0 };
    default:
      return modal;
  }
}

/** Applies one event; events that do not apply to the current step leave it unchanged. */
export function reduceComposer(modal: ComposerModal, event: ComposerEvent): ComposerModal {
  switch (modal.kind) {
    case 'compose-setup':
      return reduceSetup(modal, event);
    case 'compose-edit':
      // A text read for another kind or audience (chosen since) is not this draft.
      if (event.type === 'loaded' && modal.loading && event.updateKind === modal.updateKind && event.audience === modal.audience) {
        return { ...modal, loading: false, text: event.text, cursor: event.text.length, source: event.source, savedAt: event.savedAt };
      }
      if (event.type === 'load-failed' && modal.loading) return { ...modal, kind: 'compose-setup', loading: false };
      if (event.type === 'edit' && !modal.loading) {
        const changed = event.text !== modal.text;
        return { ...modal, text: event.text, cursor: event.cursor, edited: modal.edited || changed };
      }
      if (event.type === 'preview' && !modal.loading) return { ...modal, kind: 'compose-preview' };
      if (event.type === 'ask-discard') return { ...modal, kind: 'compose-discard' };
      return modal;
    case 'compose-discard':
      return event.type === 'back' ? { ...modal, kind: 'compose-edit' } : modal;
    case 'compose-preview':
      switch (event.type) {
        case 'back':
          return { ...modal, kind: 'compose-edit' };
        case 'target-move':
          return modal.targets.length === 0 ? modal : { ...modal, targetIndex: (modal.targetIndex + event.delta + modal.targets.length) % modal.targets.length };
        case 'target-toggle':
          return { ...modal, targets: modal.targets.map((t, i) => (i === modal.targetIndex ? { ...t, selected: !t.selected } : t)) };
        case 'posting':
          return { ...modal, kind: 'compose-result', results: undefined, error: undefined };
        default:
          return modal;
      }
    case 'compose-result':
      if (event.type === 'posted' && !modal.results) return { ...modal, results: event.results };
      if (event.type === 'post-failed' && !modal.results) return { ...modal, results: [], error: event.error };
      if (event.type === 'retry' && modal.results) {
        // Only the targets that refused it are ticked again; a failure before posting retries them all.
        const failed = new Set(modal.results.filter((r) => !r.ok).map((r) => r.target));
        const targets = modal.error ? modal.targets : modal.targets.map((t) => ({ ...t, selected: failed.has(t.name) }));
        const text = event.text ?? modal.text;
        return { ...modal, kind: 'compose-preview', targets, text, cursor: Math.min(modal.cursor, text.length), results: undefined, error: undefined };
      }
      return modal;
  }
}

/** The names of the targets ticked for posting. */
export function selectedTargets(modal: Pick<ComposerFields, 'targets'>): string[] {
  return modal.targets.filter((t) => t.selected).map((t) => t.name);
}

/** Every configured target, the audience's defaults ticked. */
export function targetChoices(configured: readonly string[], defaults: readonly string[]): TargetChoice[] {
  return configured.map((name) => ({ name, selected: defaults.includes(name) }));
}

const STEPS: readonly string[] = ['compose-setup', 'compose-edit', 'compose-discard', 'compose-preview', 'compose-result'] satisfies ComposerStep[];

/** Whether a dialog is one of the composer's steps. */
export function isComposer(modal: { kind: string }): modal is ComposerModal {
  return STEPS.includes(modal.kind);
}
