/** The incident screen: header, the panes (or the open dialog), message line and key bar. */
import { Box } from 'ink';
import { Text } from './Text.js';
import { ModalHost } from '../modals/ModalHost.js';
import { PaneGrid } from '../panes/PaneGrid.js';
import type { ConsoleLayout } from '../presentation/layout.js';
import { useConsoleState } from '../state/console-store.js';
import { selectIncident } from '../state/selectors.js';
import { Footer } from './Footer.js';
import { Header } from './Header.js';

/** Lays out one incident; while the store is read for the first time it says so. */
export function IncidentScreen({ layout }: { layout: ConsoleLayout }) {
  const incident = useConsoleState(selectIncident);
  const incidentId = useConsoleState((s) => s.ui.incidentId);
  const loading = useConsoleState((s) => s.data.phase === 'loading');
  const hasModal = useConsoleState((s) => s.ui.modals.length > 0);
  if (!incident) {
    return (
      <Box flexDirection="column" height={layout.height}>
        <Box height={layout.height - layout.footerHeight} paddingX={1}>
          <Text>{loading ? 'Reading the incident log…' : `${incidentId ?? 'The incident'} is not in this store. Press i for the incident list.`}</Text>
        </Box>
        <Footer width={layout.width} />
      </Box>
    );
  }
  return (
    <Box flexDirection="column" height={layout.height}>
      <Header incident={incident} width={layout.width} />
      {hasModal ? <ModalHost rect={layout.body} incident={incident} /> : <PaneGrid layout={layout} incident={incident} />}
      <Footer width={layout.width} />
    </Box>
  );
}
