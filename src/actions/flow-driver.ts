/**
 * Drives the pure guided-flow state machine: applies events, performs the IO each state asks
 * for (prepare, dry run, run, verify) through the action service, feeds results back as
 * events, and turns Esc into an abort of whatever is running. The console modal and
 * `warroom action` both use it, so they walk exactly the same steps.
 */
import { chosenAction, flowReducer, pendingEffect, startFlow, type FlowEffect, type FlowEvent, type FlowState } from '../domain/actions/action-flow.js';
import type { ActionService, Prepared } from './action-service.js';

export interface FlowDriverOptions {
  incidentId?: string | undefined;
  /** --ref: the change to act on. */
  ref?: string | undefined;
  onChange?: (state: FlowState) => void;
  /** Raw output chunks as they arrive (the CLI streams them; the console renders state). */
  onOutput?: (chunk: string) => void;
}

export class FlowDriver {
  private current: FlowState;
  private prepared: Prepared | undefined;
  private controller: AbortController | undefined;
  private busy: Promise<void> | undefined;

  constructor(
    private readonly service: ActionService,
    private readonly options: FlowDriverOptions = {},
    /** Open straight on this action's preflight instead of the menu. */
    actionName?: string,
  ) {
    this.current = startFlow(service.menu(), actionName);
    queueMicrotask(() => this.pump());
  }

  get state(): FlowState {
    return this.current;
  }

  /** Applies an event (a key, an answer) and starts whatever IO the new state needs. */
  dispatch(event: FlowEvent): void {
    this.current = flowReducer(this.current, event);
    this.options.onChange?.(this.current);
    this.pump();
  }

  /** Resolves once nothing runs and nothing is pending: the flow waits for the responder or has ended. */
  async idle(): Promise<void> {
    await Promise.resolve();
    while (this.busy) await this.busy;
  }

  /** Records the incident as mitigated (offered once verification passed). */
  async markMitigated(note?: string): Promise<void> {
    if (!this.prepared) return;
    await this.service.markMitigated(this.prepared.incidentId, note);
    this.dispatch({ type: 'mitigated' });
  }

  /** The incident the flow acts on, once known. */
  get incidentId(): string | undefined {
    return this.prepared?.incidentId;
  }

  private pump(): void {
    const effect = pendingEffect(this.current);
    if (!effect) return;
    if (effect.kind === 'abort') {
      this.controller?.abort();
      return;
    }
    if (this.busy) return;
    this.controller = new AbortController();
    this.busy = this.perform(effect, this.controller.signal)
      .catch((error: unknown) => this.dispatch({ type: 'refused', reason: (error as Error).message }))
      .finally(() => {
        this.busy = undefined;
        this.pump();
      });
  }

  private async perform(effect: Exclude<FlowEffect, { kind: 'abort' }>, signal: AbortSignal): Promise<void> {
    switch (effect.kind) {
      case 'prepare': {
        const prepared = await this.service.prepare(effect.action.name, { incidentId: this.options.incidentId, ref: this.options.ref, signal });
        // Esc while the checks ran, or another action chosen meanwhile: this preflight is stale.
        if (this.current.step !== 'preflight' || chosenAction(this.current)?.name !== effect.action.name) return;
        this.prepared = prepared;
        this.dispatch({ type: 'preflight-ready', preflight: prepared.preflight });
        return;
      }
      case 'dry-run': {
        this.dispatch({ type: 'started', what: 'dry-run' });
        const report = await this.service.run(this.require(), { dryRun: true, signal, onOutput: (chunk) => this.output(chunk) });
        this.dispatch({ type: 'dry-run-finished', outcome: report.outcome });
        return;
      }
      case 'run': {
        this.dispatch({ type: 'started', what: 'run' });
        const report = await this.service.run(this.require(), { signal, onOutput: (chunk) => this.output(chunk) });
        this.dispatch({ type: 'run-finished', outcome: report.outcome, suggestions: report.suggestions });
        return;
      }
      case 'verify': {
        this.dispatch({ type: 'started', what: 'verify' });
        await this.service.verify(this.require(), { signal, onRow: (row) => this.dispatch({ type: 'verify-result', row }) });
        this.dispatch({ type: 'verify-finished' });
        return;
      }
    }
  }

  private output(chunk: string): void {
    this.options.onOutput?.(chunk);
    this.dispatch({ type: 'output', chunk });
  }

  private require(): Prepared {
    if (!this.prepared) throw new Error('no preflight prepared');
    return this.prepared;
  }
}
