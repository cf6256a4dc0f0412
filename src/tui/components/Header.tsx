/** The incident header: identity and state, the ticking clocks, and who holds which role. */
import { memo } from 'react';
import { Box } from 'ink';
import { Text } from './Text.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import { roleSlots } from '../presentation/header-model.js';
import { HEADER_HEIGHT } from '../presentation/layout.js';
import { useConsoleState } from '../state/console-store.js';
import { SEVERITY_STYLE } from '../theme.js';
import { ClockLine } from './ClockLine.js';
import { ReplayLine } from './ReplayLine.js';

function TitleLine({ incident }: { incident: IncidentState }) {
  const { loaded } = useCommandEnv();
  return (
    <Text wrap="truncate-end">
      <Text bold>{incident.id}</Text> <Text {...SEVERITY_STYLE[incident.severity]}> {incident.severity} </Text>{' '}
      <Text dimColor>{loaded.policies[incident.severity].label}</Text> <Text bold>{incident.title}</Text>
    </Text>
  );
}

function StateLine({ incident, replaying }: { incident: IncidentState; replaying: boolean }) {
  return (
    <Text wrap="truncate-end">
      <Text color={incident.status === 'resolved' ? 'green' : 'cyan'} bold>
        {incident.status.toUpperCase()}
      </Text>
      {incident.milestones.acknowledged || incident.status === 'resolved' ? '' : <Text color="yellow">{replaying ? '  NOT ACKNOWLEDGED' : '  NOT ACKNOWLEDGED (A)'}</Text>}
      {incident.frozen ? (
        <Text>
          {'  '}
          <Text color="black" backgroundColor="cyan">
            {' DEPLOY FREEZE '}
          </Text>
        </Text>
      ) : (
        ''
      )}
      {incident.drill ? <Text color="magenta">  DRILL</Text> : ''}
      {incident.breach ? <Text color="red">  PERSONAL DATA MAY BE EXPOSED</Text> : ''}
    </Text>
  );
}

function RolesLine({ incident, replaying }: { incident: IncidentState; replaying: boolean }) {
  const { readOnly } = useCommandEnv();
  const slots = roleSlots(incident);
  const unfilled = slots.filter((s) => !s.holder).length;
  // The hint only where o can assign: not in a replay, a read-only console or on a resolved incident.
  const canAssign = !replaying && !readOnly && incident.status !== 'resolved';
  return (
    <Text wrap="truncate-end">
      {slots.map((slot, i) => (
        <Text key={slot.role}>
          {i > 0 ? '  ' : ''}
          <Text dimColor>{slot.short} </Text>
          {slot.holder ? <Text>{slot.holder}</Text> : <Text color="yellow">none</Text>}
        </Text>
      ))}
      {unfilled > 0 ? <Text color="yellow">{canAssign ? `  (${unfilled} unfilled: o assigns)` : `  (${unfilled} unfilled)`}</Text> : ''}
    </Text>
  );
}

/** Four lines; only the clock line re-renders every second. */
export const Header = memo(function Header({ incident, width }: { incident: IncidentState; width: number }) {
  const replaying = useConsoleState((s) => s.replay !== undefined);
  return (
    <Box flexDirection="column" width={width} height={HEADER_HEIGHT}>
      <TitleLine incident={incident} />
      {replaying ? (
        <ReplayLine>
          <StateLine incident={incident} replaying />
        </ReplayLine>
      ) : (
        <StateLine incident={incident} replaying={false} />
      )}
      <ClockLine incident={incident} />
      <RolesLine incident={incident} replaying={replaying} />
    </Box>
  );
});
