import { describe, expect, it } from 'vitest';
import { compactTime, parseChangeLines } from '../../../../src/domain/changes/change-lines.js';

const deploys = (text: string) => parseChangeLines({ text, origin: 'deploys.jsonl', source: 'prod', sourceType: 'deploys' });
const changelog = (text: string) => parseChangeLines({ text, origin: 'changes.jsonl', source: 'ops', sourceType: 'changelog' });

describe('JSON Lines deploy records', () => {
  it('turns a valid line into a deploy change with a stable id, a title and the record kept', () => {
    const { changes, errors } = deploys(
      '{"at":"2026-11-22T02:41:00+01:00","service":"api","version":"v2.14.0","actor":"ci","description":"new pricing","migration":true,"pipeline":"#812"}\n',
    );
    expect(errors).toEqual([]);
    expect(changes).toHaveLength(1);
    const [deploy] = changes;
    expect(deploy).toMatchObject({
      id: 'deploy:prod:api@v2.14.0:20261122T014100Z',
      at: '2026-11-22T01:41:00.000Z',
      kind: 'deploy',
      source: 'prod',
      sourceType: 'deploys',
      title: 'api v2.14.0: new pricing',
      actor: 'ci',
      ref: 'v2.14.0',
      service: 'api',
      migration: true,
      origin: 'deploys.jsonl:1',
    });
    // Unknown fields survive for the details view.
    expect(deploy!.record).toMatchObject({ pipeline: '#812' });
  });

  it('reports each bad line with its number and reason, and keeps the good lines around them', () => {
    const text = [
      '{"at":"2026-11-22T01:00:00Z","service":"api","version":"v1","actor":"ci"}',
      '{"at":"2026-11-22T01:10:00Z","service":"api","version":"v2"', // cut short
      '',
      '{"at":"2026-11-22 01:20","service":"api","version":"v3","actor":"ci"}', // no zone
      '{"at":"2026-11-22T01:30:00Z","service":"api","actor":"ci"}', // no version or ref
      '{"at":"2026-11-22T01:40:00Z","version":"v5","actor":"ci"}', // no service
      '{"at":"2026-11-22T01:50:00Z","service":"web","ref":"abc123","actor":"ci","migration":"yes"}',
      '["not","an","object"]',
      '{"at":"2026-11-22T02:00:00Z","service":"web","ref":"def456"}', // no actor
      '{"at":"2026-11-22T02:10:00Z","service":"web","ref":"0a1b2c","actor":"bob","rollbackOf":"def456"}',
    ].join('\n');
    const { changes, errors } = deploys(text);
    expect(changes.map((c) => c.ref)).toEqual(['v1', '0a1b2c']);
    expect(changes[1]!.title).toBe('web 0a1b2c (rollback of def456)');
    expect(errors.map((e) => e.line)).toEqual([2, 4, 5, 6, 7, 8, 9]);
    expect(errors.every((e) => e.origin === 'deploys.jsonl')).toBe(true);
    const byLine = Object.fromEntries(errors.map((e) => [e.line, e.message]));
    expect(byLine[2]).toMatch(/not valid JSON/);
    // Only the reason that applies: a time that is not ISO 8601 is not also "not a real date".
    expect(byLine[4]).toBe('field "at" must be ISO 8601 with a zone, e.g. 2026-11-22T02:41:00Z');
    expect(byLine[5]).toMatch(/needs "version" or "ref"/);
    expect(byLine[6]).toMatch(/needs "service"/);
    expect(byLine[7]).toMatch(/field "migration" must be true or false/);
    expect(byLine[8]).toMatch(/JSON object/);
    expect(byLine[9]).toMatch(/field "actor" is required/);
  });

  it('accepts CRLF line ends and a byte-order mark', () => {
    const { changes, errors } = deploys('\uFEFF{"at":"2026-11-22T01:00:00Z","service":"api","ref":"a1","actor":"ci"}\r\n\r\n');
    expect(errors).toEqual([]);
    expect(changes).toHaveLength(1);
  });

  it('rejects an impossible date that still looks like ISO 8601', () => {
    const { errors } = deploys('{"at":"2026-13-45T99:00:00Z","service":"api","ref":"a1","actor":"ci"}');
    expect(errors[0]!.message).toMatch(/field "at"/);
  });
});

describe('JSON Lines change logs', () => {
  it('requires a kind from the documented list and something saying what changed', () => {
    const text = [
      '{"at":"2026-11-22T01:00:00Z","kind":"flag","service":"checkout","ref":"new_flow=50%","actor":"alice"}',
      '{"at":"2026-11-22T01:05:00Z","service":"checkout","ref":"x","actor":"alice"}',
      '{"at":"2026-11-22T01:06:00Z","kind":"weather","description":"rain","actor":"alice"}',
      '{"at":"2026-11-22T01:07:00Z","kind":"dns","actor":"bob"}',
      '{"at":"2026-11-22T01:08:00Z","kind":"dns","description":"api CNAME to new load balancer","actor":"bob"}',
      '{"at":"2026-11-22T01:09:00Z","kind":"migration","service":"db","ref":"0042_drop_column","actor":"bob"}',
    ].join('\n');
    const { changes, errors } = changelog(text);
    expect(errors.map((e) => [e.line, e.origin])).toEqual([[2, 'changes.jsonl'], [3, 'changes.jsonl'], [4, 'changes.jsonl']]);
    expect(errors[0]!.message).toMatch(/"kind" is required/);
    expect(errors[1]!.message).toMatch(/field "kind" must be one of deploy, config, flag/);
    expect(errors[2]!.message).toMatch(/say what changed/);
    expect(changes.map((c) => c.kind)).toEqual(['flag', 'dns', 'migration']);
    expect(changes[0]!.id).toBe('flag:ops:checkout@new_flow=50%:20261122T010000Z');
    // A description-only record still gets a stable, short id.
    expect(changes[1]!.id).toMatch(/^dns:ops:[0-9a-f]{8}:20261122T010800Z$/);
    expect(changes[1]!.title).toBe('api CNAME to new load balancer');
    expect(changes[2]!.migration).toBe(true);
  });
});

describe('compactTime', () => {
  it('drops separators and milliseconds', () => {
    expect(compactTime('2026-11-22T02:41:07.250Z')).toBe('20261122T024107Z');
  });
});

describe('reading only the window', () => {
  const text = [
    '{"at":"2026-11-20T01:00:00Z","service":"api","version":"v1","actor":"ci"}',
    '{"at":"2026-11-20T02:00:00Z","service":"api","version":"v2"}', // old and incomplete: not checked in full
    'not json at all',
    '{"at":"2026-11-20T03:00:00Z","kind":"flag","ref":"x","actor":"ci"}',
    '{"at":"2026-11-22T02:00:00Z","service":"api","version":"v3","actor":"ci"}',
    '{"at":"whenever","service":"api","version":"v4","actor":"ci"}',
  ].join('\n');

  it('turns only lines from the window into changes, keeps older deploys as marks, and still reports broken lines', () => {
    const parsed = parseChangeLines({ text, origin: 'd.jsonl', source: 'prod', sourceType: 'deploys', sinceMs: Date.parse('2026-11-22T00:00:00Z') });
    expect(parsed.changes.map((c) => c.ref)).toEqual(['v3']);
    expect(parsed.earlierDeploys).toEqual([
      { atMs: Date.parse('2026-11-20T01:00:00Z'), service: 'api', ref: 'v1' },
      { atMs: Date.parse('2026-11-20T02:00:00Z'), service: 'api', ref: 'v2' },
    ]);
    expect(parsed.errors.map((e) => e.line)).toEqual([3, 6]);
  });
});
