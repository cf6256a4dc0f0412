/** Plain-text renderings of runbooks and checklists for the terminal (no colour: safe to pipe). */
import type { ChecklistView, ItemView, RunbookView, TickInfo } from '../domain/checklist/checklist-view.js';
import { shortHash } from '../domain/checklist/find-item.js';
import type { RunbookWarning } from '../domain/checklist/runbook-model.js';
import type { RunbookInfo } from '../runbooks/runbook-library.js';

function pad(text: string, width: number): string {
  return text.padEnd(width);
}

/** One line per runbook: name, checklist size or "document", origin, title (or why it cannot be read). */
export function formatRunbookList(infos: readonly RunbookInfo[]): string[] {
  if (infos.length === 0) return ['no runbooks found'];
  const nameWidth = Math.max(4, ...infos.map((i) => i.name.length));
  const kind = (i: RunbookInfo): string => (i.error ? 'unreadable' : i.items > 0 ? `${i.items} ${i.items === 1 ? 'item' : 'items'}` : 'document');
  const lines = [`${pad('NAME', nameWidth)}  ${pad('KIND', 10)}  ${pad('FROM', 7)}  TITLE`];
  for (const info of infos) {
    lines.push(`${pad(info.name, nameWidth)}  ${pad(kind(info), 10)}  ${pad(info.origin, 7)}  ${info.error ?? info.title}`);
  }
  return lines;
}

function when(at: string): string {
  // 2026-11-22T03:12:05.123Z -> 03:12:05Z: the date is the incident's, the time is what people compare.
  return `${at.slice(11, 19)}Z`;
}

function tickNote(tick: TickInfo | undefined, olderVersion: boolean): string {
  if (!tick) return '';
  const verb = tick.checked ? 'ticked' : 'unticked';
  const version = olderVersion ? `, on version ${shortHash(tick.contentHash)}` : '';
  return ` (${verb} by ${tick.by} at ${when(tick.at)}${version})`;
}

function itemLines(item: ItemView, indent: string): string[] {
  const box = item.checked ? '[x]' : '[ ]';
  const check = item.check ? ` [check:${item.check}]` : '';
  const line = `${indent}${box} ${item.id}  ${item.text}${check}${tickNote(item.tick, item.olderVersion)}`;
  return [line, ...item.children.flatMap((child) => itemLines(child, `${indent}    `))];
}

function runbookLines(runbook: RunbookView): string[] {
  const head = `${runbook.title} (${runbook.runbook}, ${runbook.source})`;
  if (runbook.error) return [`${head}: cannot be read: ${runbook.error}`, ...removedLines(runbook)];
  if (runbook.total === 0 && runbook.removed.length === 0) return [`${head}: a document, nothing to tick (\`warroom runbook ${runbook.runbook}\`)`];
  const lines = [`${head}  ${runbook.done}/${runbook.total}`];
  for (const section of runbook.sections) {
    lines.push(`  ${section.title}  ${section.done}/${section.total}`);
    for (const item of section.items) lines.push(...itemLines(item, '    '));
  }
  return [...lines, ...removedLines(runbook)];
}

function removedLines(runbook: RunbookView): string[] {
  if (runbook.removed.length === 0) return [];
  return [
    '  Removed from the file since they were ticked',
    ...runbook.removed.map((r) => `    [x] ${r.id}  ${r.text} (ticked by ${r.tick.by} at ${when(r.tick.at)}, on version ${shortHash(r.tick.contentHash)})`),
  ];
}

/** The incident's checklist: progress per runbook and section, every item with its id. */
export function formatChecklist(view: ChecklistView): string[] {
  if (view.runbooks.length === 0) return [`${view.incidentId}: no checklist (no default runbook configured); attach one with \`warroom attach NAME\``];
  const lines = [`${view.incidentId} checklist: ${view.done}/${view.total} done`];
  for (const runbook of view.runbooks) lines.push('', ...runbookLines(runbook));
  return lines;
}

/** Parser warnings as `file:line: message`, for stderr. */
export function formatWarnings(where: string, warnings: readonly RunbookWarning[]): string[] {
  return warnings.map((w) => `warroom: ${where}:${w.line}: ${w.message}`);
}
