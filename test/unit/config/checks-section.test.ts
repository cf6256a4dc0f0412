// The checks section: defaults, thresholds as strings, and unambiguous names and keys.
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../../src/config/load-config.js';

describe('checks config section', () => {
  it('fills defaults and turns numeric thresholds into flag values', () => {
    const config = parseConfigText('checks:\n  - name: api\n    command: [checks/check_http_health, --url, "http://x"]\n    warning: 500\n    timeout: 5s\n', 'w.yaml');
    expect(config.checks[0]).toEqual({
      name: 'api', command: ['checks/check_http_health', '--url', 'http://x'], warning: '500', timeout: 5_000, group: 'general', env: {}, passEnv: [],
    });
  });

  it('refuses a shell string as the command, naming the field and line', () => {
    expect(() => parseConfigText('checks:\n  - name: api\n    command: "curl -f http://x"\n', 'w.yaml')).toThrow(/w\.yaml:3: checks\.0\.command: expected the command as an argv list/);
  });

  it('takes numbers and booleans in env as the strings the child will see; anything else names the variable', () => {
    const config = parseConfigText('checks:\n  - name: api\n    command: [a]\n    env: {FOO: 1, RATIO: 0.5, DEBUG: true, NAME: x}\n', 'w.yaml');
    expect(config.checks[0]!.env).toEqual({ FOO: '1', RATIO: '0.5', DEBUG: 'true', NAME: 'x' });
    expect(() => parseConfigText('checks:\n  - name: api\n    command: [a]\n    env: {FOO: [1, 2]}\n', 'w.yaml')).toThrow(
      /w\.yaml:4: checks\.0\.env\.FOO: expected a value: a string, a number or true\/false/,
    );
  });

  it('refuses duplicate names and hot keys, naming both checks', () => {
    const yaml = 'checks:\n  - name: db\n    command: [a]\n    key: d\n  - name: db\n    command: [b]\n  - name: disk\n    command: [c]\n    key: d\n';
    expect(() => parseConfigText(yaml, 'w.yaml')).toThrow(/checks\.1\.name: duplicate check name "db" \(also checks\[0\]\).*checks\.2\.key: key "d" is already used by check "db"/);
  });
});
