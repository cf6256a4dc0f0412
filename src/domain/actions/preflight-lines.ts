/** The preflight as labelled lines, shared by `warroom action` (plain text) and the console dialog (coloured). */
import { formatDuration } from '../durations.js';
import type { Preflight } from './preflight.js';

export type LineTone = 'normal' | 'dim' | 'ok' | 'warn' | 'bad';

export interface PreflightLine {
  /** Short label in a fixed-width column ("will run", "risk", ...); empty for continuation lines. */
  label: string;
  text: string;
  tone: LineTone;
}

/** An argv as a reader would retype it: elements with spaces or quotes shown quoted, one token per element. */
export function showArgv(argv: readonly string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./{}-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

const ORIGIN: Record<NonNullable<Preflight['target']>['origin'], string> = {
  marked: 'marked suspect',
  detected: 'latest deploy before detection',
  chosen: 'chosen by ref',
};

const STATUS_TONE: Record<string, LineTone> = { OK: 'ok', WARNING: 'warn', CRITICAL: 'bad', UNKNOWN: 'warn' };

/** Every fact of the preflight, in reading order: what runs, risk, target, rules, verify checks, blockers. */
export function preflightLines(p: Preflight): PreflightLine[] {
  const lines: PreflightLine[] = [{ label: 'will run', text: showArgv(p.argv), tone: 'normal' }];
  if (p.dryRunArgv) lines.push({ label: 'dry run', text: showArgv(p.dryRunArgv), tone: 'dim' });
  const note = p.risk.note ? ` (${p.risk.note})` : '';
  const riskTone: LineTone = p.risk.level === 'high' ? 'bad' : p.risk.level === 'medium' ? 'warn' : 'normal';
  lines.push({ label: 'risk', text: `${p.risk.level}${note}; typical time to restore ${p.restoreText}; timeout ${formatDuration(p.timeoutMs)}`, tone: riskTone });
  if (p.target) {
    const t = p.target;
    const from = [t.service, t.ref].filter(Boolean).join(' ') || t.title;
    lines.push({ label: 'target', text: `${t.previousRef ? `${from} -> ${t.previousRef}` : from} (${ORIGIN[t.origin]}: ${t.changeId})`, tone: 'normal' });
  }
  for (const caution of p.cautions) lines.push({ label: 'CAUTION', text: caution, tone: 'bad' });
  for (const hint of p.hints) lines.push({ label: 'note', text: hint, tone: 'dim' });
  if (p.verify.length === 0) lines.push({ label: 'verify', text: 'no checks configured: confirm by hand that it worked', tone: 'warn' });
  p.verify.forEach((v, i) => {
    const text = `${(v.status ?? 'not run').padEnd(8)} ${v.name}${v.summary ? `  ${v.summary}` : ''}`;
    lines.push({ label: i === 0 ? 'verify now' : '', text, tone: v.status ? (STATUS_TONE[v.status] ?? 'normal') : 'dim' });
  });
  for (const blocker of p.blockers) lines.push({ label: 'BLOCKED', text: blocker, tone: 'bad' });
  return lines;
}
