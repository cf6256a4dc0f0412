/** The header's ticking line; it alone subscribes to the clock, so each second redraws one row. */
import { Text } from 'ink';
import type { IncidentState } from '../../domain/incident-state.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import { clockParts } from '../presentation/header-model.js';
import { useConsoleState } from '../state/console-store.js';

/** Elapsed since detection, the mitigation deadline and the next update owed. */
export function ClockLine({ incident }: { incident: IncidentState }) {
  const { loaded } = useCommandEnv();
  const now = useConsoleState((s) => s.now);
  const parts = clockParts(incident, loaded.policies[incident.severity], new Date(now));
  return (
    <Text wrap="truncate-end">
      {parts.map((part, i) => (
        <Text key={i}>
          {i > 0 ? '   ' : ''}
          {part.alarm ? (
            <Text color="white" backgroundColor="red" bold>
              {part.text}
            </Text>
          ) : (
            <Text>{part.text}</Text>
          )}
        </Text>
      ))}
    </Text>
  );
}
