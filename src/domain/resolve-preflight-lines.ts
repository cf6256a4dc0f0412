/** The resolve preflight as lines, shared by `warroom resolve` (plain text) and the console's resolve dialog (coloured). */
import type { LineTone } from './actions/preflight-lines.js';
import type { PreflightCheck, ResolvePreflight } from './resolve-preflight.js';

export interface ResolveLine {
  text: string;
  tone: LineTone;
}

const STATUS_TONE: Record<PreflightCheck['status'], LineTone> = { OK: 'ok', WARNING: 'warn', CRITICAL: 'bad', UNKNOWN: 'warn' };

/** The recovery checklist: a count, then each open item, with its id (what `warroom tick` takes) where `withIds`. */
export function recoveryLines(preflight: ResolvePreflight, attached: boolean, withIds = true): ResolveLine[] {
  const r = preflight.recovery;
  if (r.error) return [{ text: `Recovery verification: unavailable (${r.error})`, tone: 'bad' }];
  const note = attached ? ' (attached to the checklist now)' : '';
  const head: ResolveLine = { text: `Recovery verification: ${r.done}/${r.total} ticked${note}`, tone: r.open.length > 0 ? 'warn' : 'ok' };
  return [head, ...r.open.map((item) => ({ text: `  [ ] ${item.text}${withIds ? `  (${item.id})` : ''}`, tone: 'normal' as const }))];
}

/** One check result, aligned by the longest name. */
export function checkLine(check: PreflightCheck, nameWidth: number): ResolveLine {
  return { text: `  ${check.status.padEnd(8)} ${check.name.padEnd(nameWidth)}  ${check.summary.replace(/\s+/g, ' ')}`, tone: STATUS_TONE[check.status] };
}

/** The fresh check run: a heading and one line per check. */
export function checksLines(preflight: ResolvePreflight): ResolveLine[] {
  if (preflight.checks === undefined) return [{ text: 'Checks: not re-run (--skip-checks)', tone: 'warn' }];
  if (preflight.checks.length === 0) return [{ text: 'Checks: none configured', tone: 'dim' }];
  const width = Math.max(...preflight.checks.map((c) => c.name.length));
  const bad = preflight.failingChecks.length;
  const head: ResolveLine = { text: `Checks, re-run now: ${preflight.checks.length - bad}/${preflight.checks.length} OK`, tone: bad > 0 ? 'bad' : 'ok' };
  return [head, ...preflight.checks.map((c) => checkLine(c, width))];
}

/** The verdict: verified, or each thing that is not (so resolving needs the reason, given or still to type). */
export function verdictLines(preflight: ResolvePreflight, reasonGiven = false): ResolveLine[] {
  if (!preflight.reasonRequired) return [{ text: 'Verified: every check OK and every recovery item ticked.', tone: 'ok' }];
  const problems = preflight.problems.map((problem) => ({ text: `Not verified: ${problem}`, tone: 'bad' as const }));
  const then: ResolveLine = reasonGiven ? { text: 'Resolving with the reason given.', tone: 'warn' } : { text: 'Resolving needs a reason.', tone: 'bad' };
  return [...problems, then];
}
