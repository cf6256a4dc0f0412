import { describe, expect, it } from 'vitest';
import { planSources } from '../../../src/changes/change-sources.js';
import { ConfigError } from '../../../src/config/config-error.js';
import { parseConfigText } from '../../../src/config/load-config.js';

const changesOf = (yaml: string) => parseConfigText(yaml, 'warroom.yaml').changes;

describe('the changes: config section', () => {
  it('defaults to a 2 h window, a 60 min highlight and no sources', () => {
    expect(changesOf('{}')).toEqual({ window: 7_200_000, highlight: 3_600_000, git: [], deploys: [], changeLogs: [] });
  });

  it('fills per-source defaults and parses durations', () => {
    const changes = changesOf(['changes:', '  window: 90m', '  git: [{ path: ../api }]', '  deploys: [{ command: [bin/history], timeout: 3s }]'].join('\n'));
    expect(changes.window).toBe(5_400_000);
    expect(changes.git[0]).toEqual({ path: '../api', timeout: 10_000, maxCommits: 1_000 });
    expect(changes.deploys[0]).toMatchObject({ command: ['bin/history'], timeout: 3_000, env: {}, passEnv: [] });
  });

  it('names the file, line and field of a bad entry', () => {
    const bad = (yaml: string) => () => parseConfigText(yaml, 'warroom.yaml');
    expect(bad('changes:\n  git:\n    - path: api\n      label: "api:prod"\n')).toThrow(/warroom\.yaml:4: changes\.git\.0\.label: use letters, digits/);
    expect(bad('changes:\n  deploys:\n    - label: prod\n')).toThrow(ConfigError);
    expect(bad('changes:\n  deploys:\n    - label: prod\n')).toThrow(/give a "file" or a "command"/);
    expect(bad('changes:\n  deploys:\n    - { command: "bin/history --all" }\n')).toThrow(/argv list/);
    expect(bad('changes:\n  git: [{ path: api, branch: main }]\n')).toThrow(/unknown field "branch"/);
  });
});

describe('planning sources from the config', () => {
  it('resolves paths, derives labels from names, keeps them unique, and gives a file+command entry one label', () => {
    const changes = changesOf(
      [
        'changes:',
        '  git: [{ path: services/api }, { path: other/api }, { path: /srv/web, label: frontend, ref: release }]',
        '  deploys: [{ file: ops/deploys.jsonl, command: [bin/history] }, { command: [bin/helm-history] }]',
        '  changeLogs: [{ file: "ops/flag changes.jsonl" }]',
      ].join('\n'),
    );
    const specs = planSources(changes, (p) => (p.startsWith('/') ? p : `/etc/warroom/${p}`), '/etc/warroom');
    expect(specs.map((s) => [s.type, s.label])).toEqual([
      ['git', 'api'],
      ['git', 'api-2'],
      ['git', 'frontend'],
      ['file', 'deploys'],
      ['command', 'deploys'],
      ['command', 'deploys-2'],
      ['file', 'flag-changes'],
    ]);
    expect(specs[0]).toMatchObject({ repo: '/etc/warroom/services/api', timeoutMs: 10_000, maxCommits: 1_000 });
    expect(specs[2]).toMatchObject({ repo: '/srv/web', ref: 'release' });
    expect(specs[4]).toMatchObject({ argv: ['bin/history'], cwd: '/etc/warroom' });
    expect(specs[6]).toMatchObject({ sourceType: 'changelog', file: '/etc/warroom/ops/flag changes.jsonl' });
  });
});
