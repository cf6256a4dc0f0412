import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../../src/config/load-config.js';
import { DEFAULT_TARGETS } from '../../../src/domain/targets.js';

describe('export config', () => {
  it('defaults to ops/postmortems, no extra patterns and the documented targets', () => {
    expect(parseConfigText('', 'w.yaml').export).toEqual({ postmortemDir: 'ops/postmortems', redact: [], targets: DEFAULT_TARGETS });
  });

  it('overrides single targets and keeps the other defaults', () => {
    const config = parseConfigText('export:\n  targets:\n    mttaMinutes: { SEV1: 3 }\n    followupPercent: 80\n', 'w.yaml');
    expect(config.export.targets).toEqual({ ...DEFAULT_TARGETS, mttaMinutes: { SEV1: 3 }, followupPercent: 80 });
  });

  it('names the file, line and entry of a redact pattern that does not compile', () => {
    expect(() => parseConfigText('export:\n  redact:\n    - "ok"\n    - "(open"\n', '/etc/w.yaml')).toThrow(
      /^\/etc\/w\.yaml:4: export\.redact\.1: "\(open" is not a valid regular expression/,
    );
  });

  it('refuses a redact pattern that matches empty text', () => {
    expect(() => parseConfigText('export:\n  redact: [".*"]\n', 'w.yaml')).toThrow(/export\.redact\.0: "\.\*" matches empty text/);
  });

  it('refuses a target percentage over 100', () => {
    expect(() => parseConfigText('export:\n  targets:\n    postmortemPercent: 120\n', 'w.yaml')).toThrow(/export\.targets\.postmortemPercent/);
  });
});
