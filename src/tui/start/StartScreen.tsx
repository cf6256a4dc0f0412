/** The screen shown when no incident is open: the incident list and the way to declare a new one. */
import { Box } from 'ink';
import { Text } from '../components/Text.js';
import { isOpen } from '../../domain/incident-state.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import { Footer } from '../components/Footer.js';
import { ModalHost } from '../modals/ModalHost.js';
import type { ConsoleLayout } from '../presentation/layout.js';
import { useConsoleState } from '../state/console-store.js';
import { selectIncidentListing } from '../state/selectors.js';
import { useDrillStartSection } from './DrillStartSection.js';
import { declareHint, IncidentList } from './IncidentList.js';

/** Header, list (or the declare dialogs), footer. */
export function StartScreen({ layout }: { layout: ConsoleLayout }) {
  const { loaded, actor, readOnly, incidents: service } = useCommandEnv();
  const incidents = useConsoleState(selectIncidentListing);
  const hasModal = useConsoleState((s) => s.ui.modals.length > 0);
  const open = incidents.filter(isOpen).length;
  const drill = useDrillStartSection(layout.body.width, layout.body.height);
  const listRect = drill ? { ...layout.body, top: layout.body.top + drill.height, height: layout.body.height - drill.height } : layout.body;
  return (
    <Box flexDirection="column" height={layout.height}>
      <Box flexDirection="column" height={layout.headerHeight}>
        <Text wrap="truncate-end">
          <Text bold>Warroom</Text> · {loaded.config.service}
          {service.drill ? <Text color="magenta"> · DRILL: practice incidents only</Text> : ''}
        </Text>
        <Text wrap="truncate-end">
          {open > 0 ? `${open} open incident${open === 1 ? '' : 's'}` : 'No incident open'} · {incidents.length - open} resolved
        </Text>
        <Text dimColor wrap="truncate-end">
          Enter opens the selected incident · {declareHint(readOnly)}
        </Text>
        <Text dimColor wrap="truncate-end">
          You are {actor}
        </Text>
      </Box>
      {hasModal ? null : drill?.node}
      {hasModal ? <ModalHost rect={layout.body} /> : <IncidentList rect={listRect} />}
      <Footer width={layout.width} />
    </Box>
  );
}
