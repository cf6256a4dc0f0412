/** The whole screen: exactly one row shorter than the terminal, laid out for its current size. */
import { useMemo } from 'react';
import { Box, Text } from 'ink';
import { consoleLayout, MIN_COLUMNS, MIN_ROWS, tooSmall } from '../presentation/layout.js';
import { useConsoleState } from '../state/console-store.js';
import { StartScreen } from '../start/StartScreen.js';
import { IncidentScreen } from './IncidentScreen.js';
import { KeyDispatcher } from './KeyDispatcher.js';

/** Chooses the start screen or the incident screen, or asks for a bigger terminal. */
export function ConsoleRoot() {
  const viewport = useConsoleState((s) => s.ui.viewport);
  const screen = useConsoleState((s) => s.ui.screen);
  const layout = useMemo(() => consoleLayout(viewport), [viewport]);
  return (
    <Box flexDirection="column" width={layout.width} height={layout.height} overflow="hidden">
      <KeyDispatcher />
      {tooSmall(viewport) ? (
        <Text wrap="wrap">
          The console needs at least {MIN_COLUMNS}x{MIN_ROWS}; this terminal is {viewport.columns}x{viewport.rows}. Enlarge it, or
          press q to quit.
        </Text>
      ) : screen === 'start' ? (
        <StartScreen layout={layout} />
      ) : (
        <IncidentScreen layout={layout} />
      )}
    </Box>
  );
}
