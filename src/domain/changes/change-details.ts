/** The details of one change as text lines: what Enter shows in the console. */
import type { Change } from './change-model.js';
import { rollbackCaution } from './change-view.js';

/** A JSON Lines change in full: where it came from, the rollback target, then every field as written. */
export function recordDetailLines(change: Change): string[] {
  const lines = [`${change.kind} ${change.title}`, `id: ${change.id}`, `at: ${change.at}`, `source: ${change.source}`];
  if (change.origin) lines.push(`from: ${change.origin}`);
  if (change.kind === 'deploy') lines.push(`previous version: ${change.previousRef ?? '(none before it in the loaded history)'}`);
  const caution = rollbackCaution(change);
  if (caution) lines.push(`caution: ${caution}`);
  lines.push('record:');
  for (const [key, value] of Object.entries(change.record ?? {})) {
    lines.push(`  ${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  return lines;
}

/** The header shown above a commit's `git show --stat` output. */
export function commitHeaderLines(change: Change): string[] {
  const lines = [`commit ${change.ref ?? ''}${change.merge ? ' (merge)' : ''}`, `id: ${change.id}`, `source: ${change.source}`];
  if (change.previousRef) lines.push(`parent: ${change.previousRef}`);
  return lines;
}
