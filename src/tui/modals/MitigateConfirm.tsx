/** Asks before marking the incident mitigated (M), with every check's last result and a warning when not all are OK. */
import { Box } from 'ink';
import { checkStandings } from '../../domain/actions/mitigation-checks.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import { Text } from '../components/Text.js';
import { wrapViewLines } from '../presentation/action-view.js';
import type { Rect } from '../presentation/layout.js';
import { mitigateLines } from '../presentation/mitigate-view.js';
import { dialogTextWidth } from '../presentation/text-lines.js';
import { useConsoleState } from '../state/console-store.js';
import { LINE_TONE_STYLE } from '../theme.js';
import { ModalFrame } from './ModalFrame.js';

/** The question for `incident`, its checks as the log has them now. */
export function MitigateConfirm({ rect, incident }: { rect: Rect; incident: IncidentState }) {
  const { loaded } = useCommandEnv();
  const now = useConsoleState((s) => s.now);
  const standings = checkStandings(incident, loaded.config.checks.map((c) => c.name));
  const lines = wrapViewLines(mitigateLines(incident.id, incident.milestones.detected, standings, now), dialogTextWidth(rect.width));
  return (
    <ModalFrame rect={rect} title={`Mark ${incident.id} mitigated?`} hint="y mark it mitigated · n/Esc no">
      <Box flexDirection="column" marginTop={1}>
        {lines.map((line, i) => (
          <Text key={i} wrap="truncate-end" {...LINE_TONE_STYLE[line.tone]}>
            {line.text || ' '}
          </Text>
        ))}
      </Box>
    </ModalFrame>
  );
}
