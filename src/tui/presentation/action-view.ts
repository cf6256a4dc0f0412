/**
 * What the mitigation dialog shows for each step of the guided flow: a title, the lines (the
 * live output windowed to the room there is, newest at the bottom) and the keys that act.
 * Pure: the dialog component only draws this.
 */
import type { FlowState } from '../../domain/actions/action-flow.js';
import { outputText } from '../../domain/actions/output-lines.js';
import { preflightLines, showArgv, type LineTone } from '../../domain/actions/preflight-lines.js';

export interface ViewLine {
  text: string;
  tone: LineTone;
  selected?: boolean;
}

export interface ActionView {
  title: string;
  lines: ViewLine[];
  hint: string;
}

const line = (text: string, tone: LineTone = 'normal'): ViewLine => ({ text, tone });

/** The dialog for a flow, fitted into `height` rows of body. */
export function actionView(flow: FlowState, incidentId: string | undefined, height: number): ActionView {
  const on = incidentId ? ` on ${incidentId}` : '';
  const name = flow.preflight?.name ?? flow.menu[flow.selected]?.name ?? 'action';
  const notice = flow.notice ? [line(flow.notice, 'warn')] : [];
  switch (flow.step) {
    case 'menu':
      return { title: `Mitigate${on}: fastest typical restore first`, lines: [...menuLines(flow), ...notice], hint: 'j/k move · Enter preflight · Esc close' };
    case 'preflight':
      if (!flow.preflight) return { title: `Preflight: ${name}`, lines: [line('Running its verify checks and working out the target…', 'dim')], hint: 'Esc back' };
      return { title: `Preflight: ${name}${on}`, lines: [...fit(details(flow), height - notice.length), ...notice], hint: flow.preflight.blockers.length > 0 ? 'Esc back' : `Enter ${flow.preflight.dryRunArgv ? 'dry run' : 'continue'} · Esc back` };
    case 'dry-run': {
      const done = flow.dryRun?.phase === 'finished';
      const status = done ? line(`dry run ${flow.dryRun?.outcome?.exitCode === 0 ? 'finished: nothing was changed' : 'failed'}`, flow.dryRun?.outcome?.exitCode === 0 ? 'ok' : 'bad') : line('dry run…', 'dim');
      const output = flow.dryRun ? outputText(flow.dryRun.output).map((t) => line(t)) : [];
      return { title: `Dry run: ${name}`, lines: [...tail(output, height - 1 - notice.length), status, ...notice], hint: done ? 'Enter continue · Esc back' : 'Esc stop the dry run' };
    }
    case 'confirm': {
      const p = flow.preflight;
      const ask = p?.confirm === 'type-name' ? `${p.confirmPrompt} press Enter to type it` : `${p?.confirmPrompt ?? ''} press y to run`;
      const hint = p?.confirm === 'type-name' ? 'Enter type the name · Esc back' : 'y run · Esc back';
      return { title: `Confirm: ${name}${on}`, lines: [line(`will run: ${showArgv(p?.argv ?? [])}`), ...(p?.cautions ?? []).map((c) => line(`CAUTION: ${c}`, 'bad')), line(ask, 'warn'), ...notice], hint };
    }
    case 'running': {
      const output = outputText(flow.output).map((t) => line(t));
      const head = line(flow.cancelling ? 'cancelling: stopping its process group…' : `running: ${showArgv(flow.preflight?.argv ?? [])}`, flow.cancelling ? 'warn' : 'dim');
      return { title: `Running: ${name}${on}`, lines: [head, ...tail(output, height - 1)], hint: 'Esc cancel (kills its process group; recorded)' };
    }
    case 'verifying':
    case 'done':
      return finished(flow, name, on, height);
    case 'failed': {
      const output = outputText(flow.output).map((t) => line(t, 'dim'));
      const next = flow.suggestions.map((s, i) => line(`${i === 0 ? 'next: ' : '      '}${s.name} (${s.restoreText}) ${s.reason}`, 'warn'));
      const reason = line(`${name} failed: ${flow.failure ?? 'unknown reason'}`, 'bad');
      return { title: `Failed: ${name}${on}`, lines: [...tail(output, height - 1 - next.length), reason, ...next], hint: next.length > 0 ? `Enter try ${flow.suggestions[0]!.name} · Esc close` : 'Enter menu · Esc close' };
    }
    case 'cancelled':
      return { title: `Cancelled: ${name}`, lines: [line('Its process group was stopped; the cancel is on the timeline.', 'warn')], hint: 'Enter menu · Esc close' };
    case 'closed':
      return { title: '', lines: [], hint: '' };
  }
}

function menuLines(flow: FlowState): ViewLine[] {
  if (flow.menu.length === 0) return [line('No actions are configured: add them under `actions:` in warroom.yaml (see warroom.example.yaml).', 'warn')];
  const width = Math.max(...flow.menu.map((o) => o.name.length));
  return flow.menu.map((o, i) => ({
    text: `${i === flow.selected ? '›' : ' '} ${o.name.padEnd(width)}  ${o.restoreText.padEnd(8)} risk ${o.resolvedRisk.level.padEnd(6)} ${o.description || o.kind}`,
    tone: 'normal' as const,
    selected: i === flow.selected,
  }));
}

function details(flow: FlowState): ViewLine[] {
  const p = flow.preflight!;
  const head = p.description ? [line(p.description, 'dim')] : [];
  return [...head, ...preflightLines(p).map((l) => line(`${(l.label ? `${l.label}:` : '').padEnd(12)} ${l.text}`, l.tone))];
}

function finished(flow: FlowState, name: string, on: string, height: number): ActionView {
  const rows = flow.verify.map((r) => line(`${r.name}  ${r.before ?? '-'} -> ${r.after}  ${r.summary}`, r.after === 'OK' ? 'ok' : 'bad'));
  if (flow.step === 'verifying') {
    return { title: `Verifying: ${name}${on}`, lines: [line('re-running its verify checks…', 'dim'), ...rows], hint: 'Esc stop the checks' };
  }
  const output = outputText(flow.output).map((t) => line(t, 'dim'));
  const verdict =
    flow.verified === undefined
      ? line('finished; no verify checks ran: check by hand that service is back', 'warn')
      : flow.verified
        ? line(flow.mitigated ? 'verification passed; the incident is marked mitigated' : 'verification passed: press m to mark the incident mitigated', 'ok')
        : line('verification failed: the checks are not all OK', 'bad');
  return {
    title: `Done: ${name}${on}`,
    lines: [...tail(output, height - rows.length - 1), ...rows, verdict],
    hint: flow.verified && !flow.mitigated ? 'm mark mitigated · Enter menu · Esc close' : 'Enter menu · Esc close',
  };
}

/** The last `room` lines (at least one). */
function tail(lines: ViewLine[], room: number): ViewLine[] {
  return lines.slice(-Math.max(1, room));
}

/** The first `room` lines, the last of them saying how many more there are. */
function fit(lines: ViewLine[], room: number): ViewLine[] {
  if (lines.length <= room) return lines;
  const shown = lines.slice(0, Math.max(0, room - 1));
  return [...shown, line(`… ${lines.length - shown.length} more lines (enlarge the terminal)`, 'dim')];
}
