/**
 * The resolve dialog (R) as data: the checks running live, then the preflight (recovery
 * checklist and fresh results), the resolution, and the follow-on steps offered in the same
 * dialog. Pure transitions; the commands perform the IO and dispatch the results.
 */
import type { PreflightCheck, ResolvePreflight } from '../../domain/resolve-preflight.js';

export type ResolvePhase = 'checking' | 'ready' | 'resolving' | 'resolved' | 'failed';

export interface ResolveDialogState {
  incidentId: string;
  phase: ResolvePhase;
  /** Checks started and not finished yet, by name. */
  running: string[];
  /** Results in the order they arrived (the preflight lists them in config order). */
  results: PreflightCheck[];
  preflight: ResolvePreflight | undefined;
  /** The recovery runbook was put on the checklist by this dialog. */
  attached: boolean;
  /** The reason typed for resolving although something is not verified. */
  reason: string | undefined;
  resolvedAt: string | undefined;
  freezeLifted: boolean;
  exporting: boolean;
  /** Where the postmortem draft was written. */
  exportPath: string | undefined;
  /** The last thing that went wrong (a refused write, a failed export). */
  error: string | undefined;
}

export type ResolveModal = { kind: 'resolve'; dialog: ResolveDialogState };

export type ResolveEvent =
  | { type: 'check-started'; name: string }
  | { type: 'check-finished'; check: PreflightCheck }
  | { type: 'preflight'; preflight: ResolvePreflight; attached: boolean }
  | { type: 'rerun' }
  | { type: 'resolving'; reason: string | undefined }
  | { type: 'resolved'; at: string; freezeLifted: boolean }
  | { type: 'exporting' }
  | { type: 'exported'; path: string }
  | { type: 'failed'; error: string };

/** A dialog that has just started its preflight. */
export function openResolveDialog(incidentId: string): ResolveModal {
  return {
    kind: 'resolve',
    dialog: {
      incidentId, phase: 'checking', running: [], results: [], preflight: undefined, attached: false, reason: undefined,
      resolvedAt: undefined, freezeLifted: false, exporting: false, exportPath: undefined, error: undefined,
    },
  };
}

/** The dialog after one event; the same object when nothing changed. */
export function stepResolveDialog(d: ResolveDialogState, event: ResolveEvent): ResolveDialogState {
  switch (event.type) {
    case 'check-started':
      return d.phase === 'checking' ? { ...d, running: [...d.running, event.name] } : d;
    case 'check-finished':
      if (d.phase !== 'checking') return d;
      return { ...d, running: d.running.filter((n) => n !== event.check.name), results: [...d.results, event.check] };
    case 'preflight':
      return { ...d, phase: 'ready', running: [], preflight: event.preflight, attached: d.attached || event.attached, error: undefined };
    case 'rerun':
      return d.phase === 'ready' || d.phase === 'failed' ? { ...d, phase: 'checking', running: [], results: [], preflight: undefined, error: undefined } : d;
    case 'resolving':
      return { ...d, phase: 'resolving', reason: event.reason, error: undefined };
    case 'resolved':
      return { ...d, phase: 'resolved', resolvedAt: event.at, freezeLifted: event.freezeLifted };
    case 'exporting':
      return { ...d, exporting: true, error: undefined };
    case 'exported':
      return { ...d, exporting: false, exportPath: event.path };
    case 'failed':
      // A refused resolution goes back to the preflight; a failed export keeps the resolution shown.
      return { ...d, phase: d.phase === 'resolving' ? 'ready' : d.phase === 'checking' ? 'failed' : d.phase, exporting: false, error: event.error };
  }
}
