/** Plain-text renderings of the mitigation menu, a preflight and a verification (no colour: safe to pipe). */
import type { VerifyRow } from '../domain/actions/action-commands.js';
import type { ActionOption } from '../domain/actions/action-options.js';
import type { Suggestion } from '../domain/actions/next-option.js';
import type { Preflight } from '../domain/actions/preflight.js';
import { formatDuration } from '../domain/durations.js';

/** An argv as a reader would retype it: elements with spaces or quotes shown quoted, one element per token. */
export function showArgv(argv: readonly string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./{}-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** One line per action, fastest first. */
export function formatActionMenu(menu: readonly ActionOption[]): string[] {
  if (menu.length === 0) return ['no actions configured: add them under `actions:` in warroom.yaml (see warroom.example.yaml)'];
  const width = Math.max(...menu.map((o) => o.name.length));
  return menu.map((o) => {
    const risk = `risk ${o.resolvedRisk.level}`;
    const verify = o.verify.length > 0 ? `verify: ${o.verify.join(', ')}` : 'no verify checks';
    return `${o.name.padEnd(width)}  ${o.kind.padEnd(15)} ${o.restoreText.padEnd(9)} ${risk.padEnd(11)} confirm: ${o.confirm.padEnd(9)} ${verify}${o.description ? `  ${o.description}` : ''}`;
  });
}

/** The preflight, as `warroom action` prints it before anything runs. */
export function formatPreflight(p: Preflight): string[] {
  const lines = [`${p.name} (${p.kind})${p.description ? `: ${p.description}` : ''}`];
  lines.push(`  will run:  ${showArgv(p.argv)}`);
  if (p.dryRunArgv) lines.push(`  dry run:   ${showArgv(p.dryRunArgv)}`);
  lines.push(`  risk:      ${p.risk.level}${p.risk.note ? ` (${p.risk.note})` : ''}; typical time to restore ${p.restoreText}; timeout ${formatDuration(p.timeoutMs)}`);
  if (p.target) {
    const t = p.target;
    const from = [t.service, t.ref].filter(Boolean).join(' ');
    lines.push(`  target:    ${t.previousRef ? `${from} -> ${t.previousRef}` : from || t.title}  (${t.origin === 'marked' ? 'marked suspect' : t.origin === 'chosen' ? 'chosen by --ref' : 'latest deploy before detection'}: ${t.changeId})`);
  }
  for (const caution of p.cautions) lines.push(`  CAUTION:   ${caution}`);
  for (const hint of p.hints) lines.push(`  note:      ${hint}`);
  if (p.verify.length > 0) {
    lines.push('  verify checks now:');
    for (const v of p.verify) lines.push(`    ${(v.status ?? 'not run').padEnd(8)} ${v.name}${v.summary ? `  ${v.summary}` : ''}`);
  } else {
    lines.push('  verify:    no checks configured: confirm by hand that it worked');
  }
  for (const blocker of p.blockers) lines.push(`  BLOCKED:   ${blocker}`);
  return lines;
}

/** The before/after view of the verify checks. */
export function formatVerification(rows: readonly VerifyRow[], passed: boolean): string[] {
  const width = Math.max(4, ...rows.map((r) => r.name.length));
  return [
    `verification ${passed ? 'PASSED' : 'FAILED'}:`,
    ...rows.map((r) => `  ${r.name.padEnd(width)}  ${(r.before ?? '-').padEnd(8)} -> ${r.after.padEnd(8)} ${r.summary}`),
  ];
}

/** What to try next after a failure. */
export function formatSuggestions(suggestions: readonly Suggestion[]): string[] {
  if (suggestions.length === 0) return [];
  return ['next options:', ...suggestions.map((s) => `  warroom action ${s.name}   (${s.restoreText}) ${s.reason}`)];
}
