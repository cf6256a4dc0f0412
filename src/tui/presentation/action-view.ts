/**
 * What the mitigation dialog shows for each step of the guided flow: a title, the lines and the
 * keys that act. Long lines wrap into the dialog's width (an argv exactly as it runs, prose at
 * spaces, continuations under their column); live output keeps its newest lines in view; what
 * does not fit scrolls. Pure: the dialog component only draws this.
 */
import type { FlowState } from '../../domain/actions/action-flow.js';
import { outputText } from '../../domain/actions/output-lines.js';
import { preflightLines, showArgv, type LineTone } from '../../domain/actions/preflight-lines.js';
import { clock } from '../../domain/actions/preflight.js';
import { maxOffset, wrapExact, wrapWords } from './text-lines.js';

export interface ViewLine {
  text: string;
  tone: LineTone;
  selected?: boolean;
  /** Continuation lines start under this column (a label's value, a menu row's description). */
  indent?: number;
  /** Cut at the width exactly, nothing reflowed: an argv, a program's output. */
  exact?: boolean;
}

export interface ActionView {
  title: string;
  /** The rows to draw, already wrapped and windowed. */
  lines: ViewLine[];
  hint: string;
  /** The largest scroll offset (0 when everything fits). */
  maxOffset: number;
}

export interface ActionViewInput {
  flow: FlowState;
  incidentId: string | undefined;
  /** When the incident was marked mitigated, by anyone; undefined while it is not. */
  mitigatedAt?: string | undefined;
  /** Text columns and rows inside the dialog frame. */
  width: number;
  height: number;
  /** Scroll offset of the steps whose lines do not fit. */
  offset?: number;
}

/** A step's content before fitting: `output` (live, newest last) sits between `top` and `bottom` and gives way to them. */
interface Body {
  title: string;
  top: ViewLine[];
  output?: ViewLine[];
  bottom?: ViewLine[];
  hint: string;
}

const LABEL_WIDTH = 12;
const line = (text: string, tone: LineTone = 'normal', extra: Partial<ViewLine> = {}): ViewLine => ({ text, tone, ...extra });
const labelled = (label: string, text: string, tone: LineTone, exact = false): ViewLine =>
  line(`${(label ? `${label}:` : '').padEnd(LABEL_WIDTH)} ${text}`, tone, { indent: LABEL_WIDTH + 1, exact });

/** The dialog for a flow, fitted into the dialog's width and height. */
export function actionView(input: ActionViewInput): ActionView {
  return fitBody(body(input), input.width, input.height, input.offset ?? 0);
}

function body({ flow, incidentId, mitigatedAt }: ActionViewInput): Body {
  const on = incidentId ? ` on ${incidentId}` : '';
  const name = flow.preflight?.name ?? flow.menu[flow.selected]?.name ?? 'action';
  const notice = flow.notice ? [line(flow.notice, 'warn')] : [];
  switch (flow.step) {
    case 'menu':
      return { title: `Mitigate${on}: fastest typical restore first`, top: [...menuLines(flow), ...notice], hint: 'j/k move · Enter preflight · Esc close' };
    case 'preflight':
      if (!flow.preflight) return { title: `Preflight: ${name}`, top: [line('Running its verify checks and working out the target…', 'dim')], hint: 'Esc back' };
      return { title: `Preflight: ${name}${on}`, top: [...details(flow), ...notice], hint: flow.preflight.blockers.length > 0 ? 'Esc back' : `Enter ${flow.preflight.dryRunArgv ? 'dry run' : 'continue'} · Esc back` };
    case 'dry-run': {
      const done = flow.dryRun?.phase === 'finished';
      const passed = flow.dryRun?.outcome?.exitCode === 0;
      const status = done ? line(`dry run ${passed ? 'finished: nothing was changed' : 'failed'}`, passed ? 'ok' : 'bad') : line('dry run…', 'dim');
      return { title: `Dry run: ${name}`, top: [], output: outputLines(flow.dryRun?.output, 'normal'), bottom: [status, ...notice], hint: done ? 'Enter continue · Esc back' : 'Esc stop the dry run' };
    }
    case 'confirm':
      return { title: `Confirm: ${name}${on}`, top: [...confirmLines(flow), ...notice], hint: flow.preflight?.confirm === 'type-name' ? 'Enter type the name · Esc back' : 'y run · Esc back' };
    case 'running': {
      const head = flow.cancelling ? line('cancelling: stopping its process group…', 'warn') : labelled('running', showArgv(flow.preflight?.argv ?? []), 'dim', true);
      return { title: `Running: ${name}${on}`, top: [head], output: outputLines(flow.output, 'normal'), hint: 'Esc cancel (kills its process group; recorded)' };
    }
    case 'verifying': {
      const rows = verifyRows(flow);
      return { title: `Verifying: ${name}${on}`, top: [line('re-running its verify checks…', 'dim'), ...rows], hint: 'Esc stop the checks' };
    }
    case 'done':
      return done(flow, name, on, mitigatedAt);
    case 'failed': {
      const next = flow.suggestions.map((s, i) => line(`${i === 0 ? 'next: ' : '      '}${s.name} (${s.restoreText}) ${s.reason}`, 'warn', { indent: 6 }));
      const reason = line(`${name} failed: ${flow.failure ?? 'unknown reason'}`, 'bad');
      const hint = next.length > 0 ? `Enter try ${flow.suggestions[0]!.name} · Esc close` : 'Enter menu · Esc close';
      return { title: `Failed: ${name}${on}`, top: [], output: outputLines(flow.output, 'dim'), bottom: [reason, ...next], hint };
    }
    case 'cancelled':
      return { title: `Cancelled: ${name}`, top: [line('Its process group was stopped; the cancel is on the timeline.', 'warn')], hint: 'Enter menu · Esc close' };
    case 'closed':
      return { title: '', top: [], hint: '' };
  }
}

function menuLines(flow: FlowState): ViewLine[] {
  if (flow.menu.length === 0) return [line('No actions are configured: add them under `actions:` in warroom.yaml (see warroom.example.yaml).', 'warn')];
  const width = Math.max(...flow.menu.map((o) => o.name.length));
  return flow.menu.map((o, i) => {
    const head = `${i === flow.selected ? '›' : ' '} ${o.name.padEnd(width)}  ${o.restoreText.padEnd(8)} risk ${o.resolvedRisk.level.padEnd(6)} `;
    return line(`${head}${o.description || o.kind}`, 'normal', { selected: i === flow.selected, indent: head.length });
  });
}

function details(flow: FlowState): ViewLine[] {
  const p = flow.preflight!;
  const head = p.description ? [line(p.description, 'dim')] : [];
  return [...head, ...preflightLines(p).map((l) => labelled(l.label, l.text, l.tone, l.label === 'will run' || l.label === 'dry run'))];
}

/** What will run, exactly, and every caution: shown while confirming, above the typed-name field too. */
export function confirmDetails(flow: FlowState): ViewLine[] {
  const p = flow.preflight;
  return [labelled('will run', showArgv(p?.argv ?? []), 'normal', true), ...(p?.cautions ?? []).map((c) => labelled('CAUTION', c, 'bad'))];
}

function confirmLines(flow: FlowState): ViewLine[] {
  const p = flow.preflight;
  const ask = p?.confirm === 'type-name' ? `${p.confirmPrompt} press Enter to type it` : `${p?.confirmPrompt ?? ''} press y to run`;
  return [...confirmDetails(flow), line(ask, 'warn')];
}

/** Every line of `lines` wrapped to `width`, continuations under their column. */
export function wrapViewLines(lines: readonly ViewLine[], width: number): ViewLine[] {
  return lines.flatMap((l) => wrapLine(l, width));
}

function outputLines(output: FlowState['output'] | undefined, tone: LineTone): ViewLine[] {
  return output ? outputText(output).map((t) => line(t, tone, { exact: true })) : [];
}

function verifyRows(flow: FlowState): ViewLine[] {
  return flow.verify.map((r) => line(`${r.name}  ${r.before ?? '-'} -> ${r.after}  ${r.summary}`, r.after === 'OK' ? 'ok' : 'bad'));
}

function done(flow: FlowState, name: string, on: string, mitigatedAt: string | undefined): Body {
  const marked = flow.mitigated || mitigatedAt !== undefined;
  const markedText = mitigatedAt ? `the incident was marked mitigated at ${clock(mitigatedAt)}` : 'the incident is marked mitigated';
  const unless = (text: string) => (marked ? [] : [line(text, 'dim')]);
  const verdict =
    flow.verified === undefined
      ? [line('finished; no verify checks ran: check by hand that service is back', 'warn'), ...unless('once impact has stopped, close this and press M to mark the incident mitigated')]
      : flow.verified
        ? [line(marked ? `verification passed; ${markedText}` : 'verification passed: press m to mark the incident mitigated', 'ok')]
        : [
            line('verification failed: the checks are not all OK', 'bad'),
            ...unless('if impact has stopped anyway (a queue still draining, a check that lags), close this and press M to mark the incident mitigated'),
          ];
  return {
    title: `Done: ${name}${on}`,
    top: [],
    output: outputLines(flow.output, 'dim'),
    bottom: [...verifyRows(flow), ...verdict],
    hint: flow.verified && !marked ? 'm mark mitigated · Enter menu · Esc close' : 'Enter menu · Esc close',
  };
}

function wrapLine(l: ViewLine, width: number): ViewLine[] {
  const indent = Math.min(l.indent ?? 0, Math.floor(width / 2));
  const room = Math.max(1, width - indent);
  const head = l.text.slice(0, indent);
  const rest = l.text.slice(indent);
  const pieces = l.exact ? wrapExact(rest, room) : wrapWords(rest, room);
  return pieces.map((piece, i) => ({ ...l, text: `${i === 0 ? head : ' '.repeat(indent)}${piece}` }));
}

/** Wraps, gives the live output the room left (newest lines kept), and scrolls what still does not fit. */
function fitBody(b: Body, width: number, height: number, offset: number): ActionView {
  const rows = Math.max(1, height);
  const top = wrapViewLines(b.top, width);
  const bottom = wrapViewLines(b.bottom ?? [], width);
  const output = b.output ? wrapViewLines(b.output, width).slice(-Math.max(1, rows - top.length - bottom.length)) : [];
  const all = [...top, ...output, ...bottom];
  const max = maxOffset(all.length, rows);
  if (max === 0) return { title: b.title, lines: all, hint: b.hint, maxOffset: 0 };
  const start = Math.max(0, Math.min(offset, max));
  const position = `lines ${start + 1}-${start + rows} of ${all.length}`;
  return { title: b.title, lines: all.slice(start, start + rows), hint: `j/k scroll (${position}) · ${b.hint}`, maxOffset: max };
}
