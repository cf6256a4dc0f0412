/** A pane's frame: a rounded border with the pane's number and title in its top edge. */
import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import type { Rect } from '../presentation/layout.js';
import { PANES, PANE_TITLES, type PaneId } from '../state/console-state.js';
import { BLUR_COLOR, FOCUS_COLOR } from '../theme.js';

/**
 * The top border line, title included, exactly `width` columns wide. The focused pane gets a
 * heavy border, so focus shows on monochrome terminals too.
 */
export function topBorder(pane: PaneId, width: number, info: string, focused: boolean): string {
  const [left, line, right] = focused ? ['┏', '━', '┓'] : ['╭', '─', '╮'];
  const title = ` ${PANES.indexOf(pane) + 1} ${PANE_TITLES[pane]}${info ? ` · ${info}` : ''} `;
  const room = Math.max(0, width - 3);
  const shown = title.length > room ? title.slice(0, room) : title;
  return `${left}${line}${shown}${line.repeat(Math.max(0, room - shown.length))}${right}`;
}

/** Draws the frame and puts `children` inside (width - 2 by height - 2). */
export function PaneFrame({ pane, rect, focused, info, children }: { pane: PaneId; rect: Rect; focused: boolean; info: string; children: ReactNode }) {
  const color = focused ? FOCUS_COLOR : BLUR_COLOR;
  return (
    <Box flexDirection="column" width={rect.width} height={rect.height}>
      <Text color={color} bold={focused}>
        {topBorder(pane, rect.width, info, focused)}
      </Text>
      <Box
        borderStyle={focused ? 'bold' : 'round'}
        borderTop={false}
        borderColor={color}
        flexDirection="column"
        width={rect.width}
        height={rect.height - 1}
        overflow="hidden"
      >
        {children}
      </Box>
    </Box>
  );
}
