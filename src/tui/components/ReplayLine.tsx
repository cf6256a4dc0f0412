/** The header's replay line: REPLAY, the cursor event, playback, and whether the store moved on. */
import { Text } from 'ink';
import { replayPosition } from '../../domain/replay/replay-play.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { useConsoleState } from '../state/console-store.js';

/** Stands in for the state line in a replay; the status (as it was at the cursor) comes after. */
export function ReplayLine({ incident }: { incident: IncidentState }) {
  const replay = useConsoleState((s) => s.replay);
  if (!replay) return null;
  return (
    <Text wrap="truncate-end">
      <Text color="black" backgroundColor="magenta" bold>
        {' REPLAY '}
      </Text>{' '}
      {/* First, so a narrow terminal never cuts it off: what is shown may be out of date. */}
      {replay.storeChanged ? <Text color="yellow">(store changed since read) </Text> : ''}
      <Text bold>{replayPosition(replay.cursor)}</Text>
      <Text dimColor>{replay.playing ? `  ▶ ${replay.speed}x` : `  paused (${replay.speed}x)`}</Text>
      {'  '}
      <Text color={incident.status === 'resolved' ? 'green' : 'cyan'} bold>
        {incident.status.toUpperCase()}
      </Text>
    </Text>
  );
}
