/** A pane that shows a windowed, selectable list of rows, or its empty state. */
import { memo } from 'react';
import { Text } from '../components/Text.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import type { Rect } from '../presentation/layout.js';
import { paneContentHeight } from '../presentation/layout.js';
import { displayWidth } from '../presentation/printable-text.js';
import { visibleWindow } from '../presentation/list-window.js';
import { REPLAY_EMPTY, replayRows } from '../presentation/replay-empty.js';
import type { PaneId } from '../state/console-state.js';
import { useConsoleState } from '../state/console-store.js';
import { TONE_STYLE } from '../theme.js';
import { PANE_DEFINITIONS } from './pane-registry.js';
import type { PaneRow } from './pane-row.js';
import { PaneFrame } from './PaneFrame.js';

/** One row behind a one-column gutter that marks the selection (visible without colour too). */
function Row({ row, selected, width }: { row: PaneRow; selected: boolean; width: number }) {
  // Only the selected row is padded (its highlight spans the pane); measuring every row would cost each frame.
  const padding = selected ? width - 1 - row.segments.reduce((sum, s) => sum + displayWidth(s.text), 0) : 0;
  return (
    <Text wrap="truncate-end" inverse={selected}>
      {selected ? '›' : ' '}
      {row.segments.map((segment, i) => (
        <Text key={i} {...TONE_STYLE[segment.tone]}>
          {segment.text}
        </Text>
      ))}
      {padding > 0 ? ' '.repeat(padding) : ''}
    </Text>
  );
}

/** Renders pane `pane` of `incident` inside `rect`; only the rows in view are drawn. */
export const ListPane = memo(function ListPane({ pane, rect, incident }: { pane: PaneId; rect: Rect; incident: IncidentState }) {
  const { loaded } = useCommandEnv();
  const focused = useConsoleState((s) => s.ui.focus === pane);
  const scroll = useConsoleState((s) => s.ui.scroll[pane]);
  const changes = useConsoleState((s) => s.changes);
  const checklist = useConsoleState((s) => s.checklist);
  const replaying = useConsoleState((s) => s.replay !== undefined);
  const definition = PANE_DEFINITIONS[pane];
  const listed = definition.rows(incident, loaded, changes, checklist);
  const rows = replaying ? replayRows(pane, listed) : listed;
  const height = paneContentHeight(rect);
  const view = visibleWindow(scroll, rows.length, height, definition.anchor);
  const following = definition.anchor === 'bottom' && view.selected === null;
  const info = definition.info ? definition.info(incident, loaded, changes, checklist) : rows.length === 0 ? '' : definition.anchor === 'bottom' && !following ? `${rows.length}, paused: f follows` : `${rows.length}`;
  return (
    <PaneFrame pane={pane} rect={rect} focused={focused} info={info}>
      {rows.length === 0 ? (
        <Text dimColor wrap="wrap">
          {replaying ? REPLAY_EMPTY[pane] : definition.empty(loaded)}
        </Text>
      ) : (
        rows
          .slice(view.start, view.end)
          .map((row, i) => <Row key={row.key} row={row} selected={focused && view.start + i === view.selected} width={rect.width - 2} />)
      )}
    </PaneFrame>
  );
});
