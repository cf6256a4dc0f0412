/** Asks before flagging (or clearing) a possible personal-data breach, saying what the flag starts. */
import { Box } from 'ink';
import { Text } from '../components/Text.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import type { Rect } from '../presentation/layout.js';
import { ModalFrame } from './ModalFrame.js';

/** The question for `flag` (true: flag it, false: clear it). */
export function BreachConfirm({ rect, flag, incident }: { rect: Rect; flag: boolean; incident: IncidentState }) {
  const { loaded } = useCommandEnv();
  const hours = loaded.config.comms.breachNotifyHours;
  return (
    <ModalFrame
      rect={rect}
      title={flag ? `Flag ${incident.id} as a possible personal-data breach?` : `Clear the possible-breach flag of ${incident.id}?`}
      hint="y yes · n/Esc no"
    >
      <Box flexDirection="column" marginTop={1}>
        {flag ? (
          <Text wrap="wrap">
            Personal data may have been exposed. The supervisory authority must be notified within {hours} hours of becoming aware (GDPR
            Art. 33); the header counts down from detection. The flag is recorded on the timeline.
          </Text>
        ) : (
          <Text wrap="wrap">Only if it is established that no personal data was exposed. Clearing it stops the regulator countdown; it is recorded on the timeline.</Text>
        )}
      </Box>
    </ModalFrame>
  );
}
