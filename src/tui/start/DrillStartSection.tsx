/** The start screen's drill section (only in a drill): briefing, the drill's checks, its problems. */
import { useSyncExternalStore, type ReactNode } from 'react';
import { Box } from 'ink';
import { Text } from '../components/Text.js';
import type { DrillFeedSnapshot } from '../../drill/drill-feed.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import { drillStartRows } from '../presentation/drill-start-rows.js';
import { useConsoleState } from '../state/console-store.js';
import { TONE_STYLE } from '../theme.js';

/** Rows left to the incident list below the section, at least. */
const LIST_ROWS = 4;
const noSubscription = () => () => undefined;
const noSnapshot = (): DrillFeedSnapshot | undefined => undefined;

/** The section for a body `width` wide and `height` tall, and the rows it takes; undefined outside a drill. */
export function useDrillStartSection(width: number, height: number): { height: number; node: ReactNode } | undefined {
  const { drill, loaded } = useCommandEnv();
  const snapshot = useSyncExternalStore<DrillFeedSnapshot | undefined>(drill?.subscribe ?? noSubscription, drill?.snapshot ?? noSnapshot);
  const now = useConsoleState((s) => s.now);
  if (!snapshot) return undefined;
  const rows = drillStartRows(snapshot, loaded.config.checks.map((c) => c.name), now, Math.max(1, width - 2));
  const shown = rows.slice(0, Math.max(0, height - LIST_ROWS - 2));
  if (shown.length === 0) return undefined;
  const node = (
    <Box flexDirection="column" borderStyle="round" borderColor="magenta" width={width} height={shown.length + 2} overflow="hidden">
      {shown.map((row) => (
        <Text key={row.key} wrap="truncate-end">
          {row.segments.map((segment, i) => (
            <Text key={i} {...TONE_STYLE[segment.tone]} bold={row.key === 'title' || undefined}>
              {segment.text}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
  return { height: shown.length + 2, node };
}
