/**
 * What Enter on a checklist item shows: where it sits, who ticked it and on which file version,
 * its linked check's latest result, its notes, its suggested commands exactly as written (never
 * run) and its links. Pure.
 */
import { itemDetail, type ItemDetail } from '../../domain/checklist/checklist-rows.js';
import type { ChecklistView, RemovedItemView } from '../../domain/checklist/checklist-view.js';
import { shortHash } from '../../domain/checklist/find-item.js';
import type { CheckResultState, IncidentState } from '../../domain/incident-state.js';
import type { RowTone } from '../panes/pane-row.js';
import type { StyledLine } from './text-lines.js';

const STATUS_TONE: Record<string, RowTone> = { OK: 'ok', WARNING: 'warning', CRITICAL: 'critical', UNKNOWN: 'unknown' };

/** "03:04 UTC" for a timestamp of today's incident; the date too when it is another day. */
function clock(iso: string, today: string): string {
  return iso.slice(0, 10) === today.slice(0, 10) ? `${iso.slice(11, 16)} UTC` : `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function tickLines(detail: ItemDetail, currentHash: string | undefined, now: string): StyledLine[] {
  const tick = detail.tick;
  if (!tick) return [{ text: 'Not ticked yet · Space ticks it', tone: 'muted' }];
  const what = tick.checked ? 'Ticked' : 'Unticked';
  const lines: StyledLine[] = [{ text: `${what} by ${tick.by} at ${clock(tick.at, now)} (runbook version ${shortHash(tick.contentHash)})`, tone: tick.checked ? 'ok' : 'muted' }];
  if (detail.olderVersion) {
    const current = currentHash ? ` it is now ${shortHash(currentHash)}` : '';
    lines.push({ text: `The runbook file has changed since:${current}. Read the item again before relying on the tick.`, tone: 'warning' });
  }
  return lines;
}

function checkLines(check: string | undefined, result: CheckResultState | undefined, running: boolean, now: string): StyledLine[] {
  if (!check) return [];
  if (running) return [{ text: `check:${check} is running…`, tone: 'accent' }];
  if (!result) return [{ text: `check:${check} has not run on this incident · r runs it`, tone: 'accent' }];
  const summary = result.summary ? `: ${result.summary}` : '';
  return [{ text: `check:${check} ${result.status} at ${clock(result.at, now)}${summary} · r runs it again`, tone: STATUS_TONE[result.status] ?? 'unknown' }];
}

export interface ItemViewInput {
  detail: ItemDetail;
  /** The runbook file's hash as read now (to say which version a tick was made on). */
  currentHash: string | undefined;
  checkResult: CheckResultState | undefined;
  checkRunning: boolean;
  /** The console's clock, ISO; only its date is used. */
  now: string;
}

/** Every line of the item dialog, unwrapped; the dialog wraps them to its width. */
export function checklistItemLines({ detail, currentHash, checkResult, checkRunning, now }: ItemViewInput): StyledLine[] {
  const blank: StyledLine = { text: '', tone: 'normal' };
  const lines: StyledLine[] = [
    { text: [detail.runbookTitle, detail.sectionTitle, ...detail.parents].join(' › '), tone: 'muted' },
    { text: `${detail.checked ? '[x]' : '[ ]'} ${detail.text}`, tone: 'heading' },
    ...tickLines(detail, currentHash, now),
    ...checkLines(detail.check, checkResult, checkRunning, now),
  ];
  if (detail.notes.length > 0) {
    lines.push(blank, { text: 'Notes', tone: 'heading' });
    for (const note of detail.notes) lines.push({ text: `- ${note}`, tone: 'normal' });
  }
  if (detail.commands.length > 0) {
    lines.push(blank, { text: 'Suggested commands (copy them; Warroom never runs them)', tone: 'heading' });
    detail.commands.forEach((command, i) => {
      if (i > 0) lines.push(blank);
      if (command.lang) lines.push({ text: `── ${command.lang}`, tone: 'muted' });
      for (const line of command.code.split('\n')) lines.push({ text: line, tone: 'code' });
    });
  }
  if (detail.links.length > 0) {
    lines.push(blank, { text: 'Links', tone: 'heading' });
    for (const link of detail.links) lines.push({ text: link.text && link.text !== link.url ? `${link.text}: ${link.url}` : link.url, tone: 'accent' });
  }
  lines.push(blank, { text: `id ${detail.key} · line ${detail.line}`, tone: 'muted' });
  return lines;
}

/** The dialog of a ticked item that is no longer in the runbook file: what was ticked, by whom, on which version. */
export function removedItemLines(removed: RemovedItemView, runbookTitle: string, now: string): StyledLine[] {
  const tick = removed.tick;
  return [
    { text: runbookTitle, tone: 'muted' },
    { text: `[x] ${removed.text}`, tone: 'heading' },
    { text: `Ticked by ${tick.by} at ${clock(tick.at, now)} on runbook version ${shortHash(tick.contentHash)}`, tone: 'ok' },
    { text: 'This item is no longer in the runbook file; the tick stays on record against the version it was made on.', tone: 'warning' },
    { text: '', tone: 'normal' },
    { text: `id ${removed.key}`, tone: 'muted' },
  ];
}

/** The dialog's lines for the item or removed tick `key` of `view`, or undefined when the checklist no longer has it. */
export function itemDialogLines(view: ChecklistView, key: string, incident: Pick<IncidentState, 'checks'>, running: readonly string[], now: string): StyledLine[] | undefined {
  const detail = itemDetail(view, key);
  if (detail) {
    return checklistItemLines({
      detail,
      currentHash: view.runbooks.find((r) => r.runbook === detail.runbook)?.contentHash,
      checkResult: detail.check ? incident.checks[detail.check] : undefined,
      checkRunning: detail.check !== undefined && running.includes(detail.check),
      now,
    });
  }
  for (const runbook of view.runbooks) {
    const removed = runbook.removed.find((r) => r.key === key);
    if (removed) return removedItemLines(removed, runbook.title, now);
  }
  return undefined;
}
