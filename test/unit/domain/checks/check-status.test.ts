// Nagios exit codes map to states, and the worst state decides the CLI's exit code.
import { describe, expect, it } from 'vitest';
import {
  exitCodeForStatus, parseCheckStatus, stateChange, statusFromExitCode, worstStatus,
} from '../../../../src/domain/checks/check-status.js';

describe('statusFromExitCode', () => {
  it('maps 0-3 by the plugin convention', () => {
    expect([0, 1, 2, 3].map(statusFromExitCode)).toEqual(['OK', 'WARNING', 'CRITICAL', 'UNKNOWN']);
  });

  it('treats every other code, and no code at all, as UNKNOWN', () => {
    expect([4, 126, 127, 255, -1, null].map(statusFromExitCode)).toEqual(Array(6).fill('UNKNOWN'));
  });
});

describe('worstStatus', () => {
  it('ranks CRITICAL over WARNING over UNKNOWN over OK', () => {
    expect(worstStatus(['OK', 'UNKNOWN'])).toBe('UNKNOWN');
    expect(worstStatus(['UNKNOWN', 'WARNING', 'OK'])).toBe('WARNING');
    expect(worstStatus(['UNKNOWN', 'CRITICAL'])).toBe('CRITICAL');
    expect(worstStatus([])).toBe('OK');
  });

  it('gives exit 2 for one CRITICAL and one UNKNOWN', () => {
    expect(exitCodeForStatus(worstStatus(['CRITICAL', 'UNKNOWN']))).toBe(2);
    expect(exitCodeForStatus(worstStatus(['OK', 'UNKNOWN']))).toBe(3);
    expect(exitCodeForStatus(worstStatus(['OK']))).toBe(0);
  });
});

describe('stateChange', () => {
  it('tells a first run, no change, worse and better apart', () => {
    expect(stateChange(undefined, 'OK')).toBe('first');
    expect(stateChange('WARNING', 'WARNING')).toBe('unchanged');
    expect(stateChange('OK', 'UNKNOWN')).toBe('worse');
    expect(stateChange('CRITICAL', 'WARNING')).toBe('better');
  });
});

describe('parseCheckStatus', () => {
  it('accepts any case and rejects other words', () => {
    expect(parseCheckStatus(' critical ')).toBe('CRITICAL');
    expect(parseCheckStatus('down')).toBeUndefined();
  });
});
