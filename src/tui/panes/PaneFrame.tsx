/** A pane's frame: a rounded border with the pane's number and title in its top edge. */
import type { ReactNode } from 'react';
import { Box } from 'ink';
import { Text } from '../components/Text.js';
import type { Rect } from '../presentation/layout.js';
import { PANES, PANE_TITLES, type PaneId } from '../state/console-state.js';
import { BLUR_COLOR, FOCUS_COLOR } from '../theme.js';

/** " 4 Timeline (32) ": plain ASCII, so measuring it stays on string-width's fast path. */
export function paneTitle(pane: PaneId, info: string): string {
  return ` ${PANES.indexOf(pane) + 1} ${PANE_TITLES[pane]}${info ? ` (${info})` : ''} `;
}

/**
 * Draws the frame and puts `children` inside (width - 2 by height - 2). The border is Ink's own
 * (drawn, never measured as text) and the title is laid over its top edge; the focused pane gets
 * a heavy border, so focus shows on monochrome terminals too.
 */
export function PaneFrame({ pane, rect, focused, info, children }: { pane: PaneId; rect: Rect; focused: boolean; info: string; children: ReactNode }) {
  const color = focused ? FOCUS_COLOR : BLUR_COLOR;
  const title = paneTitle(pane, info).slice(0, Math.max(0, rect.width - 4));
  return (
    <Box flexDirection="column" borderStyle={focused ? 'bold' : 'round'} borderColor={color} width={rect.width} height={rect.height}>
      <Box marginTop={-1} marginLeft={1} height={1} flexShrink={0}>
        <Text color={color} bold={focused} wrap="truncate-end">
          {title}
        </Text>
      </Box>
      <Box flexDirection="column" flexGrow={1} overflowY="hidden">
        {children}
      </Box>
    </Box>
  );
}
