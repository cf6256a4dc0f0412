/** The header's replay line: REPLAY, the cursor event, playback, whether the store moved on, then the state at the cursor. */
import type { ReactNode } from 'react';
import { Text } from './Text.js';
import { replayPosition } from '../../domain/replay/replay-play.js';
import { useConsoleState } from '../state/console-store.js';

/**
 * Stands in for the state line in a replay; `children`, the state line as it was at the cursor
 * (status, not acknowledged, deploy freeze, drill, breach), comes after, so nothing of it is lost.
 */
export function ReplayLine({ children }: { children: ReactNode }) {
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
      {children}
    </Text>
  );
}
