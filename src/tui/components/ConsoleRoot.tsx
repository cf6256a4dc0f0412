/** The whole screen: exactly one row shorter than the terminal, laid out for its current size. */
import { useMemo } from 'react';
import { Box } from 'ink';
import { consoleLayout, tooSmall } from '../presentation/layout.js';
import { useConsoleState } from '../state/console-store.js';
import { StartScreen } from '../start/StartScreen.js';
import { IncidentScreen } from './IncidentScreen.js';
import { KeyDispatcher } from './KeyDispatcher.js';
import { TooSmallScreen } from './TooSmallScreen.js';

/** Chooses the start screen or the incident screen, or asks for a bigger terminal (keys then only quit or redraw). */
export function ConsoleRoot() {
  const viewport = useConsoleState((s) => s.ui.viewport);
  const screen = useConsoleState((s) => s.ui.screen);
  const layout = useMemo(() => consoleLayout(viewport), [viewport]);
  return (
    <Box flexDirection="column" width={layout.width} height={layout.height} overflowY="hidden">
      <KeyDispatcher />
      {tooSmall(viewport) ? (
        <TooSmallScreen viewport={viewport} />
      ) : screen === 'start' ? (
        <StartScreen layout={layout} />
      ) : (
        <IncidentScreen layout={layout} />
      )}
    </Box>
  );
}
