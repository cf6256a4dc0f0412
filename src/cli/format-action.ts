/** Plain-text renderings of the mitigation menu, a preflight and a verification (no colour: safe to pipe). */
import type { VerifyRow } from '../domain/actions/action-commands.js';
import type { ActionOption } from '../domain/actions/action-options.js';
import type { Suggestion } from '../domain/actions/next-option.js';
import type { Preflight } from '../domain/actions/preflight.js';
import { preflightLines, showArgv } from '../domain/actions/preflight-lines.js';

export { showArgv };

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
  const head = `${p.name} (${p.kind})${p.description ? `: ${p.description}` : ''}`;
  return [head, ...preflightLines(p).map((line) => `  ${(line.label ? `${line.label}:` : '').padEnd(12)} ${line.text}`)];
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
