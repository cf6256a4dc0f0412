/**
 * What the resolve dialog shows in each phase: the checks as they run, then the recovery
 * checklist, the fresh results and the verdict; after resolving, the next steps. Pure: the
 * dialog component only draws this.
 */
import type { LineTone } from '../../domain/actions/preflight-lines.js';
import { checkLine, checksLines, recoveryLines, verdictLines, type ResolveLine } from '../../domain/resolve-preflight-lines.js';
import type { ResolveDialogState } from '../state/resolve-dialog.js';

export interface ResolveView {
  title: string;
  lines: ResolveLine[];
  hint: string;
}

const line = (text: string, tone: LineTone = 'normal'): ResolveLine => ({ text, tone });

/** The dialog fitted into `height` rows of body (the open items give way first). */
export function resolveView(d: ResolveDialogState, height: number): ResolveView {
  const error = d.error ? [line(d.error, 'bad')] : [];
  switch (d.phase) {
    case 'checking':
    case 'failed': {
      const width = Math.max(0, ...[...d.results.map((r) => r.name), ...d.running].map((n) => n.length));
      const rows = [...d.results.map((r) => checkLine(r, width)), ...d.running.map((n) => line(`  ${'running'.padEnd(8)} ${n}`, 'dim'))];
      const head = line(d.phase === 'checking' ? 'Re-running every check before resolving…' : 'The preflight did not finish.', d.phase === 'checking' ? 'dim' : 'bad');
      return { title: `Resolve ${d.incidentId}: verifying`, lines: [head, ...rows, ...error], hint: d.phase === 'checking' ? 'Esc stop the checks and close' : 'r run again · Esc close' };
    }
    case 'ready':
    case 'resolving': {
      const p = d.preflight!;
      const fixed = [...checksLines(p), ...verdictLines(p), ...error];
      const body = [...fit(recoveryLines(p, d.attached, false), height - fixed.length), ...fixed];
      const hint = d.phase === 'resolving' ? 'Recording…' : p.reasonRequired ? 'y type the reason and resolve · r re-run checks · Esc cancel' : 'y resolve · r re-run checks · Esc cancel';
      return { title: `Resolve ${d.incidentId}?`, lines: body, hint };
    }
    case 'resolved':
      return { title: `${d.incidentId} resolved`, lines: [...resolvedLines(d), ...error], hint: 'c resolution update · e export postmortem · Esc close' };
  }
}

function resolvedLines(d: ResolveDialogState): ResolveLine[] {
  const lines = [line(`Resolved at ${d.resolvedAt ?? ''}${d.reason ? ` with the reason: ${d.reason}` : ''}`, 'ok')];
  lines.push(d.freezeLifted ? line('Deploy freeze lifted.', 'ok') : line('Deploy freeze unchanged (not frozen, or freeze.liftOnResolve is off).', 'dim'));
  lines.push(line(''), line('Next:'));
  lines.push(line('  c  write the resolution update (the composer opens on kind resolution)'));
  if (d.exportPath) lines.push(line(`  e  postmortem draft written to ${d.exportPath}`, 'ok'));
  else lines.push(line(d.exporting ? '  e  writing the postmortem draft…' : '  e  export the postmortem draft now (markdown, redacted)', d.exporting ? 'dim' : 'normal'));
  return lines;
}

/** The first `room` lines, the last of them saying how many more there are. */
function fit(lines: ResolveLine[], room: number): ResolveLine[] {
  if (lines.length <= room) return lines;
  const shown = lines.slice(0, Math.max(1, room - 1));
  return [...shown, line(`  … ${lines.length - shown.length} more open (the Checklist pane lists them all)`, 'dim')];
}
