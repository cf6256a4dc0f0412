/**
 * A test program: appends COUNT notes to the store at PATH, printing each seq once its append
 * has returned (so a test knows which events must have survived a kill).
 * Usage: node store-writer.mjs PATH ACTOR COUNT [INCIDENT]
 */
import { EventStore } from '../../src/store/event-store.js';
import { newEvent } from '../../src/domain/events.js';

const [path, actor, countText, incidentId = 'INC-1'] = process.argv.slice(2);
const store = new EventStore({ path: path!, actor: actor! });
const count = Number(countText);
for (let i = 1; i <= count; i++) {
  const [event] = await store.append([newEvent(incidentId, 'note.added', { text: `${actor} note ${i}` })]);
  process.stdout.write(`${event!.seq}\n`);
}
