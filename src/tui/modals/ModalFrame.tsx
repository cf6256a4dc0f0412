/** The frame every dialog is drawn in: it takes the body area, with a title and a hint line. */
import type { ReactNode } from 'react';
import { Box } from 'ink';
import { Text } from '../components/Text.js';
import type { Rect } from '../presentation/layout.js';
import { FOCUS_COLOR } from '../theme.js';

/** A bordered box filling `rect`; `hint` (the keys that act here) sits on its last row. */
export function ModalFrame({ rect, title, hint, children }: { rect: Rect; title: string; hint: string; children: ReactNode }) {
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={FOCUS_COLOR} width={rect.width} height={rect.height} paddingX={1} overflow="hidden">
      <Text bold wrap="truncate-end">
        {title}
      </Text>
      <Box flexDirection="column" flexGrow={1} overflow="hidden">
        {children}
      </Box>
      <Text dimColor wrap="truncate-end">
        {hint}
      </Text>
    </Box>
  );
}
