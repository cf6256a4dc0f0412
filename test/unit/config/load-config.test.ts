import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../../src/config/config-error.js';
import { loadConfig, parseConfigText } from '../../../src/config/load-config.js';

describe('config', () => {
  it('runs on built-in defaults when there is no file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'warroom-cfg-'));
    const loaded = await loadConfig({ cwd: dir, env: {} });
    expect(loaded.file).toBeUndefined();
    expect(loaded.config.checks).toEqual([]);
    expect(loaded.policies.SEV1.mitigationStartMinutes).toBe(5);
  });

  it('applies per-severity overrides on top of the defaults', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'warroom-cfg-'));
    await writeFile(join(dir, 'warroom.yaml'), 'severities:\n  SEV2:\n    mitigationStartMinutes: 10\n');
    const loaded = await loadConfig({ cwd: dir, env: {} });
    expect(loaded.policies.SEV2.mitigationStartMinutes).toBe(10);
    expect(loaded.policies.SEV2.firstPublicUpdateMinutes).toBe(30);
  });

  it('malformed YAML names the file, line and column', () => {
    expect(() => parseConfigText('checks: [\n  - a\n', '/etc/w.yaml')).toThrow(/^\/etc\/w\.yaml:\d+:\d+: invalid YAML/);
  });

  it('an unknown field names its path and line', () => {
    const text = 'service: shop\nchecks:\n  - name: api\n    command: [true]\n    timout: 5s\n';
    expect(() => parseConfigText(text, 'w.yaml')).toThrow('w.yaml:5: checks.0.timout: unknown field "timout"');
  });

  it('an unknown key is reported on its own line, with the keys that would do', () => {
    // The key's line (3), not the line of its nested value (4).
    expect(() => parseConfigText('service: shop\nseverities:\n  SEV9:\n    label: x\n', 'w.yaml')).toThrow(
      'w.yaml:3: severities.SEV9: unknown field "SEV9" (expected one of: SEV1, SEV2, SEV3, SEV4)',
    );
    expect(() => parseConfigText('severities:\n  SEV1:\n    lable: x\n', 'w.yaml')).toThrow('w.yaml:3: severities.SEV1.lable: unknown field "lable" (did you mean "label"?)');
    expect(() => parseConfigText('service: shop\nchekcs:\n  - name: a\n', 'w.yaml')).toThrow('w.yaml:2: chekcs: unknown field "chekcs" (did you mean "checks"?)');
    expect(() => parseConfigText('freeze:\n  bogus: 1\n', 'w.yaml')).toThrow(/^w\.yaml:2: freeze\.bogus: unknown field "bogus" \(expected one of: [a-zA-Z, ]+\)$/);
  });

  it('a wrong type names the field and what was expected', () => {
    expect(() => parseConfigText('checks:\n  - name: api\n    command: "curl x"\n', 'w.yaml')).toThrow(
      /w\.yaml:3: checks\.0\.command: expected the command as an argv list/,
    );
    expect(() => parseConfigText('checks:\n  - name: api\n    command: [x]\n    timeout: soon\n', 'w.yaml')).toThrow(
      /checks\.0\.timeout: expected a duration/,
    );
    expect(() => parseConfigText('severities:\n  SEV7: {}\n', 'w.yaml')).toThrow(ConfigError);
  });

  it('parses durations into milliseconds', () => {
    const config = parseConfigText('checks:\n  - name: api\n    command: [x]\n    timeout: 1m30s\n', 'w.yaml');
    expect(config.checks[0]!.timeout).toBe(90_000);
  });
});
