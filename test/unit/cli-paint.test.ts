import { afterEach, describe, expect, it } from 'vitest';
import { paintSeverity, paintStatus, setColourLevel } from '../../src/cli/paint.js';
import { formatCheckLine } from '../../src/cli/format-check.js';

const result = { name: 'api', group: 'app', status: 'CRITICAL', summary: 'HTTP 500', durationMs: 12, timedOut: false, exitCode: 2, perfdata: [] } as never;

describe('CLI colour', () => {
  afterEach(() => setColourLevel(0));

  it('colours states and severities on a colour terminal', () => {
    setColourLevel(1);
    expect(paintStatus('CRITICAL')).toBe('\u001b[1m\u001b[31mCRITICAL\u001b[39m\u001b[22m');
    expect(paintStatus('OK')).toContain('\u001b[32m');
    expect(paintSeverity('SEV1')).toContain('\u001b[41m');
    expect(formatCheckLine(result, 3)).toContain('\u001b[31mCRITICAL');
  });

  it('prints plain text when colour is off (pipes, NO_COLOR)', () => {
    setColourLevel(0);
    expect(formatCheckLine(result, 3)).toBe('CRITICAL  api  HTTP 500  12 ms');
  });
});
