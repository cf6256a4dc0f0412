/** The Checks pane: every configured check with its state, latency, age and summary, grouped. */
import { memo } from 'react';
import { Text } from '../components/Text.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import { formatAge, latestResult, stateOf, type LatestResult } from '../presentation/check-view.js';
import { paneContentHeight, type Rect } from '../presentation/layout.js';
import { visibleWindow } from '../presentation/list-window.js';
import { REPLAY_EMPTY } from '../presentation/replay-empty.js';
import type { CheckRunsState } from '../state/check-runs-state.js';
import { useConsoleState } from '../state/console-store.js';
import { TONE_STYLE } from '../theme.js';
import { CHECKS_EMPTY, checkColumns, checkRowHead, checkRowTail, checksEntries, rowLatency, type CheckColumns, type ChecksEntry } from './checks-rows.js';
import type { RowSegment } from './pane-row.js';
import { PaneFrame } from './PaneFrame.js';

/** The age of a result: the only part of the pane that follows the clock, so a tick redraws just this text. */
function ResultAge({ at }: { at: string }) {
  const now = useConsoleState((s) => s.now);
  return <Text dimColor>{` ${formatAge(now - Date.parse(at)).padStart(2)}`}</Text>;
}

function Segments({ segments }: { segments: RowSegment[] }) {
  return segments.map((segment, i) => (
    <Text key={i} {...TONE_STYLE[segment.tone]}>
      {segment.text}
    </Text>
  ));
}

interface CheckRowProps {
  entry: ChecksEntry;
  result: LatestResult | undefined;
  running: boolean;
  columns: CheckColumns;
  selected: boolean;
}

/** One check (or a group heading) behind the one-column selection gutter. */
const CheckRow = memo(function CheckRow({ entry, result, running, columns, selected }: CheckRowProps) {
  const gutter = selected ? '›' : ' ';
  if (entry.kind === 'group') {
    return (
      <Text wrap="truncate-end" inverse={selected} bold>
        {gutter}
        {entry.group} ({entry.names.length})
      </Text>
    );
  }
  const state = stateOf(result, running);
  return (
    <Text wrap="truncate-end" inverse={selected}>
      {gutter}
      <Segments segments={checkRowHead(entry.name, state, result, columns)} />
      {result ? <ResultAge at={result.at} /> : ''}
      <Segments segments={checkRowTail(state, result)} />
    </Text>
  );
});

function resultsOf(entries: readonly ChecksEntry[], incident: IncidentState, runs: CheckRunsState): Map<string, LatestResult | undefined> {
  return new Map(entries.flatMap((e) => (e.kind === 'check' ? [[e.name, latestResult(incident.checks[e.name], runs.outputs[e.name])] as const] : [])));
}

/** Renders the Checks pane of `incident` inside `rect`; only the rows in view are drawn. */
export const ChecksPane = memo(function ChecksPane({ rect, incident }: { rect: Rect; incident: IncidentState }) {
  const { loaded } = useCommandEnv();
  const focused = useConsoleState((s) => s.ui.focus === 'checks');
  const scroll = useConsoleState((s) => s.ui.scroll.checks);
  const runs = useConsoleState((s) => s.checkRuns);
  const replaying = useConsoleState((s) => s.replay !== undefined);
  const entries = checksEntries(incident, loaded.config.checks);
  const results = resultsOf(entries, incident, runs);
  const rows = entries.flatMap((e) => {
    if (e.kind !== 'check') return [];
    const state = stateOf(results.get(e.name), runs.running[e.name] !== undefined);
    return [{ name: e.name, state, latency: rowLatency(state, results.get(e.name)) }];
  });
  const states = rows.map((r) => r.state);
  const columns = checkColumns(rows);
  const view = visibleWindow(scroll, entries.length, paneContentHeight(rect), 'top');
  const runningCount = states.filter((s) => s === 'running').length;
  const info = states.length === 0 ? '' : `${states.length}${runningCount > 0 ? `, ${runningCount} running` : ''}`;
  return (
    <PaneFrame pane="checks" rect={rect} focused={focused} info={info}>
      {entries.length === 0 ? (
        <Text dimColor wrap="wrap">
          {replaying ? REPLAY_EMPTY.checks : CHECKS_EMPTY}
        </Text>
      ) : (
        entries.slice(view.start, view.end).map((entry, i) => (
          <CheckRow
            key={entry.key}
            entry={entry}
            result={entry.kind === 'check' ? results.get(entry.name) : undefined}
            running={entry.kind === 'check' && runs.running[entry.name] !== undefined}
            columns={columns}
            selected={focused && view.start + i === view.selected}
          />
        ))
      )}
    </PaneFrame>
  );
});
