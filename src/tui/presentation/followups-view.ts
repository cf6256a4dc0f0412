/** The follow-up list dialog (F): one line per action item, open ones first in the order added, windowed to the room there is. */
import type { LineTone } from '../../domain/actions/preflight-lines.js';
import type { Followup } from '../../domain/incident-state.js';
import { visibleWindow } from './list-window.js';

export interface FollowupLine {
  text: string;
  tone: LineTone;
  selected: boolean;
}

/** The items in display order: open first, then closed (what the selection index points into). */
export function followupsInOrder(followups: readonly Followup[]): Followup[] {
  return [...followups.filter((f) => !f.closedAt), ...followups.filter((f) => f.closedAt)];
}

function describe(f: Followup, today: string): { text: string; tone: LineTone } {
  const overdue = !f.closedAt && f.due !== undefined && f.due < today;
  const state = f.closedAt ? `closed ${f.closedAt.slice(0, 10)}` : overdue ? 'OVERDUE' : 'open';
  const text = `${f.id.padEnd(5)} ${f.priority}  ${state.padEnd(17)} ${(f.due ? `due ${f.due}` : 'no due date').padEnd(14)} ${(f.owner ?? 'no owner').padEnd(12)} ${f.text}`;
  return { text, tone: f.closedAt ? 'dim' : overdue ? 'bad' : 'normal' };
}

/** The lines to draw for `height` rows, the selected one kept in view. */
export function followupLines(followups: readonly Followup[], selected: number, height: number, now: Date): FollowupLine[] {
  const ordered = followupsInOrder(followups);
  if (ordered.length === 0) return [{ text: 'No follow-ups yet: press a to add one (what, who, by when, how urgent).', tone: 'dim', selected: false }];
  const today = now.toISOString().slice(0, 10);
  // Offset 0 each time: the window scrolls just enough to keep the selection visible.
  const { start, end } = visibleWindow({ selected, offset: 0 }, ordered.length, Math.max(1, height), 'top');
  return ordered.slice(start, end).map((f, i) => ({ ...describe(f, today), selected: start + i === selected }));
}
