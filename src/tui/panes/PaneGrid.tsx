/** Places the four panes as the layout says: three small ones over (or beside) the timeline. */
import { Box } from 'ink';
import type { IncidentState } from '../../domain/incident-state.js';
import type { ConsoleLayout } from '../presentation/layout.js';
import { ChangesPane } from './ChangesPane.js';
import { ChecklistPane } from './ChecklistPane.js';
import { ChecksPane } from './ChecksPane.js';
import { TimelinePane } from './TimelinePane.js';

/** The body of the incident screen when no dialog is open. */
export function PaneGrid({ layout, incident }: { layout: ConsoleLayout; incident: IncidentState }) {
  const { panes, body } = layout;
  const small = (
    <>
      <ChecksPane rect={panes.checks} incident={incident} />
      <ChangesPane rect={panes.changes} incident={incident} />
      <ChecklistPane rect={panes.checklist} incident={incident} />
    </>
  );
  if (layout.arrangement === 'wide') {
    return (
      <Box flexDirection="row" width={body.width} height={body.height}>
        <Box flexDirection="column" width={panes.checks.width} height={body.height}>
          {small}
        </Box>
        <TimelinePane rect={panes.timeline} incident={incident} />
      </Box>
    );
  }
  return (
    <Box flexDirection="column" width={body.width} height={body.height}>
      <Box flexDirection="row" width={body.width} height={panes.checks.height}>
        {small}
      </Box>
      <TimelinePane rect={panes.timeline} incident={incident} />
    </Box>
  );
}
