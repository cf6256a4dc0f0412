import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from '../../../src/domain/events.js';
import {
  appendSerializedEvents, appendedEventsText, emptyStore, renderStore, serializeEvents, serializeStore, splitStoreText,
} from '../../../src/store/store-file.js';

const event = (seq: number) => ({ id: `evt-${seq}`, seq, incidentId: 'INC-1', at: 'T', actor: 'a', type: 'note.added', data: { text: `n${seq}` }, prevHash: '', hash: `h${seq}` }) as IncidentEvent;

describe('store file layout', () => {
  it('is valid JSON with one event per line, and appending reuses the existing text', () => {
    const data = { ...emptyStore(), events: [event(1), event(2)] };
    const text = serializeStore(data);
    expect(JSON.parse(text)).toEqual(data);
    expect(text.split('\n').filter((l) => l.startsWith('{"id"'))).toHaveLength(2);
    const appended = appendSerializedEvents(serializeEvents(data.events), [event(3)]);
    expect(appended).toBe(serializeEvents([event(1), event(2), event(3)]));
    expect(appendSerializedEvents('', [event(1)])).toBe(serializeEvents([event(1)]));
    expect(JSON.parse(renderStore(emptyStore(), ''))).toEqual(emptyStore());
  });

  it('finds exactly the events another writer appended', () => {
    const known = serializeEvents([event(1), event(2)]);
    const current = serializeEvents([event(1), event(2), event(3), event(4)]);
    expect(JSON.parse(appendedEventsText(known, current)!)).toEqual([event(3), event(4)]);
    expect(appendedEventsText(known, known)).toBe('[]');
    expect(JSON.parse(appendedEventsText('', current)!)).toHaveLength(4);
  });

  it('falls back to a full parse when earlier events changed (edited or truncated file)', () => {
    const known = serializeEvents([event(1), event(2)]);
    const tampered = serializeEvents([{ ...event(1), data: { text: 'edited' } } as IncidentEvent, event(2), event(3)]);
    expect(appendedEventsText(known, tampered)).toBeUndefined();
    expect(appendedEventsText(known, serializeEvents([event(1)]))).toBeUndefined();
  });

  it('recognises only its own layout', () => {
    expect(splitStoreText('{"schemaVersion":1,"events":[]}')).toBeUndefined();
    const parts = splitStoreText(serializeStore({ ...emptyStore(), events: [event(1)] }))!;
    expect(JSON.parse(parts.header)).toEqual(emptyStore());
    expect(parts.serializedEvents).toBe(serializeEvents([event(1)]));
  });
});
