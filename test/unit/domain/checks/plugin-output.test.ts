// The plugin output convention: summary line, long output, perfdata on first and later lines.
import { describe, expect, it } from 'vitest';
import { parsePluginOutput } from '../../../../src/domain/checks/plugin-output.js';

describe('parsePluginOutput', () => {
  it('takes the first line as summary and perfdata after the pipe', () => {
    expect(parsePluginOutput('HTTP OK: 200 in 0.01s | time=0.01s;1;3;0\n')).toEqual({
      summary: 'HTTP OK: 200 in 0.01s',
      longOutput: '',
      perfdata: [{ label: 'time', value: 0.01, uom: 's', warn: '1', crit: '3', min: 0 }],
    });
  });

  it('collects long output and perfdata from later lines', () => {
    const stdout = [
      'DISK WARNING - free space low | /=90%;80;90',
      '/var is at 95%',
      '/home is at 40% | /var=95%;80;90',
      "'/home'=40%;80;90",
      '',
    ].join('\n');
    const parsed = parsePluginOutput(stdout);
    expect(parsed.summary).toBe('DISK WARNING - free space low');
    expect(parsed.longOutput).toBe('/var is at 95%\n/home is at 40%');
    expect(parsed.perfdata.map((p) => p.label)).toEqual(['/', '/var', '/home']);
  });

  it('handles empty output and CRLF line ends', () => {
    expect(parsePluginOutput('')).toEqual({ summary: '', longOutput: '', perfdata: [] });
    expect(parsePluginOutput('OK\r\nmore\r\n').longOutput).toBe('more');
  });
});
