/** The start screen's list: open incidents first, then resolved ones, newest first; windowed. */
import { Box } from 'ink';
import { Text } from '../components/Text.js';
import { isOpen, type IncidentState } from '../../domain/incident-state.js';
import { utcDateTime } from '../../domain/timeline-line.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import type { Rect } from '../presentation/layout.js';
import { visibleWindow } from '../presentation/list-window.js';
import { useConsoleState } from '../state/console-store.js';
import { selectIncidentListing } from '../state/selectors.js';
import { SEVERITY_STYLE } from '../theme.js';

/** How to declare one from here; a read-only console says where it can be done instead. */
export function declareHint(readOnly: boolean): string {
  return readOnly ? 'read-only: declare with `warroom declare`' : 'd declares a new one';
}

function IncidentRow({ incident, selected }: { incident: IncidentState; selected: boolean }) {
  return (
    <Text wrap="truncate-end" inverse={selected}>
      {selected ? '› ' : '  '}
      <Text bold>{incident.id.padEnd(8)}</Text>
      <Text {...SEVERITY_STYLE[incident.severity]}> {incident.severity} </Text>{' '}
      <Text color={isOpen(incident) ? 'cyan' : 'green'}>{incident.status.padEnd(14)}</Text>
      <Text dimColor>{utcDateTime(incident.milestones.declared)} </Text>
      {incident.title}
    </Text>
  );
}

/** Every incident in the store, or how to declare the first one. */
export function IncidentList({ rect }: { rect: Rect }) {
  const { readOnly } = useCommandEnv();
  const incidents = useConsoleState(selectIncidentListing);
  const selected = useConsoleState((s) => s.ui.startSelected);
  const loading = useConsoleState((s) => s.data.phase === 'loading');
  const height = Math.max(0, rect.height - 2);
  const view = visibleWindow({ selected, offset: 0 }, incidents.length, height, 'top');
  const open = incidents.filter(isOpen).length;
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="cyan" width={rect.width} height={rect.height} overflow="hidden">
      {incidents.length === 0 ? (
        <Text wrap="wrap">
          {loading ? 'Reading the incident log…' : readOnly ? `No incidents in this store; ${declareHint(true)}.` : 'No incidents in this store. Press d to declare one: say what is broken, then pick a severity.'}
        </Text>
      ) : (
        incidents.slice(view.start, view.end).map((incident, i) => (
          <IncidentRow key={incident.id} incident={incident} selected={view.start + i === view.selected} />
        ))
      )}
      {incidents.length > 0 && open === 0 ? <Text dimColor>No incident is open; {declareHint(readOnly)}.</Text> : null}
    </Box>
  );
}
