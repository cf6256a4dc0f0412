/** A store that parses but holds malformed events or drafts is refused as corrupt (exit 2, which event and field) and never written. */
import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newEvent } from '../../../src/domain/events.js';
import { EventStore } from '../../../src/store/event-store.js';
import { createCliSandbox, type CliSandbox } from '../../helpers/cli.js';

let box: CliSandbox;
beforeEach(async () => {
  box = await createCliSandbox();
});
afterEach(async () => {
  await box.cleanup();
});

const declare = ['declare', '--title', 'x', '--severity', 'SEV3'];

describe('store contents are validated when the store is read', () => {
  it.each([
    ['a null event', '{"events":[null]}', ['note', 'x'], 'events[0] is not an event object (got null)'],
    ['bare values as events', '{"events":[1,2,"x"]}', declare, 'events[0] is not an event object (got 1)'],
    ['drafts that are not an object', '{"schemaVersion":1,"drafts":5,"events":[]}', declare, 'field "drafts" must be an object (got 5)'],
    ['a draft without text', '{"schemaVersion":1,"drafts":{"update":{"savedAt":"2026-01-01T00:00:00Z","actor":"a"}},"events":[]}', declare, 'drafts["update"]: field "text" must be a string (missing)'],
  ])('%s: exit 2 naming the store and what is wrong, file untouched', async (_what, content, args, detail) => {
    await writeFile(box.storePath, content);
    const result = await box.run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`warroom: store ${box.storePath} is not valid: ${detail}; it was left untouched: repair or move it, or pass --store\n`);
    expect(await readFile(box.storePath, 'utf8')).toBe(content);
  });

  it('an event with a bad field is named by index, seq and field, for every command including verify', async () => {
    expect((await box.run(declare)).code).toBe(0);
    const valid = await readFile(box.storePath, 'utf8');
    const broken = valid.replace('"incidentId":"INC-1","at"', '"incidentId":5,"at"').replace(/"seq":2,/, '"seq":"2",');
    await writeFile(box.storePath, broken);
    for (const args of [['note', 'x'], ['status'], ['verify']]) {
      const result = await box.run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('events[0] (seq 1): field "incidentId" must be a non-empty string (got 5)');
    }
    expect(await readFile(box.storePath, 'utf8')).toBe(broken);
  });

  it('a process that already read the store refuses a malformed event another writer appended, naming its index', async () => {
    // Given a store this process has read (so the next read parses only what was appended)
    const store = new EventStore({ path: box.storePath, actor: 'ann' });
    await store.append([newEvent('INC-1', 'note.added', { text: 'one' }), newEvent('INC-1', 'note.added', { text: 'two' })]);
    await store.read();
    // When someone appends an event line without a time in the same layout
    const text = await readFile(box.storePath, 'utf8');
    const tail = ']}\n';
    const junk = `${text.slice(0, -tail.length - 1)},\n{"id":"evt-000003","seq":3,"incidentId":"INC-1","actor":"x","type":"note.added","data":{},"prevHash":"","hash":"h"}\n${tail}`;
    await writeFile(box.storePath, junk);
    // Then the read and an append are refused, and the file keeps its content
    await expect(store.read()).rejects.toThrow('events[2] (seq 3): field "at" must be an ISO 8601 time (missing)');
    await expect(store.append([newEvent('INC-1', 'note.added', { text: 'three' })])).rejects.toThrow(/is not valid/);
    expect(await readFile(box.storePath, 'utf8')).toBe(junk);
  });
});
