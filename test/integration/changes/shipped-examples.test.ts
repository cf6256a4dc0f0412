/** The shipped example config and JSON Lines files load cleanly and tell the documented story. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChangeService } from '../../../src/changes/change-service.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { REPO_ROOT } from '../../helpers/cli.js';

describe('warroom.example.yaml with examples/*.jsonl', () => {
  it('loads every line, and flags the migration deploy 19 minutes before a 03:00 detection', async () => {
    const loaded = await loadConfig({ explicit: join(REPO_ROOT, 'warroom.example.yaml'), cwd: REPO_ROOT, env: {} });
    const view = await new ChangeService(loaded).view({ detectedAt: '2026-11-22T03:00:00.000Z', windowMs: 7 * 86_400_000 });
    expect(view.problems).toEqual([]);
    expect(view.sources.map((s) => [s.source, s.count])).toEqual([['prod', 6], ['ops', 8]]);
    expect(view.suspect?.change).toMatchObject({ service: 'api', ref: 'v2.14.0', previousRef: 'v2.13.9', migration: true });
    expect(view.suspect?.minutesBeforeDetection).toBe(19);
  });
});
