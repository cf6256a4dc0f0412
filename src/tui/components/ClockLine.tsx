/** The header's ticking line; it alone subscribes to the clock, so each second redraws one row. */
import { Text } from './Text.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import { clockParts, fitClockParts } from '../presentation/header-model.js';
import { useConsoleState } from '../state/console-store.js';

/** Elapsed since detection, the mitigation deadline, the next update owed and the regulator notice. */
export function ClockLine({ incident }: { incident: IncidentState }) {
  const { loaded } = useCommandEnv();
  const now = useConsoleState((s) => s.now);
  const width = useConsoleState((s) => s.ui.viewport.columns);
  const parts = clockParts(incident, loaded.policies[incident.severity], new Date(now), loaded.config.comms.breachNotifyHours);
  const fitted = fitClockParts(parts, width);
  return (
    <Text wrap="truncate-end">
      {parts.map((part, i) => (
        <Text key={i}>
          {i > 0 ? fitted.gap : ''}
          {part.alarm ? (
            <Text color="white" backgroundColor="red" bold>
              {fitted.parts[i]}
            </Text>
          ) : (
            <Text>{fitted.parts[i]}</Text>
          )}
        </Text>
      ))}
    </Text>
  );
}
