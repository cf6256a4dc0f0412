/** Every posted update of the incident, oldest first: when, kind and audience, the text, where it went. */
import { Text } from '../components/Text.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { formatUpdateHistory, updateHistory } from '../../domain/comms/update-history.js';
import { dialogContentHeight, type Rect } from '../presentation/layout.js';
import { ModalFrame } from './ModalFrame.js';

/** The history from `offset`, as many lines as fit; failed deliveries stand out. */
export function UpdateHistory({ rect, offset, incident }: { rect: Rect; offset: number; incident: IncidentState }) {
  const lines = formatUpdateHistory(updateHistory(incident));
  const height = dialogContentHeight(rect);
  const start = Math.min(offset, Math.max(0, lines.length - height));
  const above = start;
  const below = Math.max(0, lines.length - start - height);
  const more = [above > 0 ? `${above} above` : '', below > 0 ? `${below} below` : ''].filter(Boolean).join(', ');
  return (
    <ModalFrame rect={rect} title={`Updates posted for ${incident.id} (${incident.updates.length})`} hint={`j/k PgUp/PgDn scroll${more ? ` (${more})` : ''} · Esc/U close`}>
      {lines.slice(start, start + height).map((line, i) => (
        <Text
          key={i}
          wrap="truncate-end"
          bold={line.startsWith('#')}
          color={line.includes('NOT DELIVERED') || line.includes('FAILED') ? 'red' : line.startsWith('  -> ') ? 'green' : undefined}
        >
          {line || ' '}
        </Text>
      ))}
    </ModalFrame>
  );
}
