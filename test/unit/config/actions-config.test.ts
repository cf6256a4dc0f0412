import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../../src/config/load-config.js';

const FILE = '/srv/warroom.yaml';
const checks = 'checks:\n  - name: health\n    command: [check_http_health]\n';

describe('actions config', () => {
  it('reads an action with defaults for confirmation, timeout and environment', () => {
    const config = parseConfigText(`${checks}actions:\n  - name: rollback\n    kind: rollback\n    command: [deploy/rollback.sh, "{previousVersion}"]\n    verify: [health]\n`, FILE);
    expect(config.actions[0]).toMatchObject({ name: 'rollback', confirm: 'confirm', timeout: 300_000, env: {}, passEnv: [], verify: ['health'] });
  });

  it('names an unknown placeholder with the file, line and field', () => {
    const text = `actions:\n  - name: rollback\n    kind: rollback\n    command: [rollback.sh, "{versoin}"]\n`;
    expect(() => parseConfigText(text, FILE)).toThrow(/^\/srv\/warroom\.yaml:4: actions\.0\.command: unknown placeholder \{versoin\}; known: \{version\}/);
  });

  it('names a verify check that does not exist', () => {
    const text = `${checks}actions:\n  - name: r\n    kind: restart\n    command: [x]\n    verify: [health, helth]\n`;
    expect(() => parseConfigText(text, FILE)).toThrow('/srv/warroom.yaml:8: actions.0.verify.1: no check named "helth" (configured checks: health)');
  });

  it('names a risk or restore time it cannot read, and a duplicate name', () => {
    expect(() => parseConfigText('actions:\n  - name: r\n    kind: restart\n    command: [x]\n    risk: scary\n', FILE)).toThrow(/actions\.0\.risk: risk "scary" must start with none, low, medium, high/);
    expect(() => parseConfigText('actions:\n  - name: r\n    kind: restart\n    command: [x]\n    typicalTimeToRestore: soon\n', FILE)).toThrow(/actions\.0\.typicalTimeToRestore: "soon" is not a time to restore/);
    expect(() => parseConfigText('actions:\n  - { name: r, kind: restart, command: [x] }\n  - { name: r, kind: scale, command: [y] }\n', FILE)).toThrow(/actions\.1\.name: duplicate action name "r" \(also actions\[0\]\)/);
  });

  it('refuses a command given as a shell line', () => {
    expect(() => parseConfigText('actions:\n  - name: r\n    kind: restart\n    command: "systemctl restart shop"\n', FILE)).toThrow(/actions\.0\.command: expected the command as an argv list/);
  });
});
