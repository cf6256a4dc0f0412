// How a finished process becomes a check result: timeouts, missing programs, odd exit codes.
import { describe, expect, it } from 'vitest';
import { CHECK_SUMMARY_MAX, judgeCheckRun, type ProcessOutcome } from '../../../../src/domain/checks/check-outcome.js';

const ran = (over: Partial<ProcessOutcome>): ProcessOutcome => ({
  exitCode: 0, signal: null, stdout: '', stderr: '', timedOut: false, cancelled: false, notFound: false, notExecutable: false, ...over,
});

describe('judgeCheckRun', () => {
  it('uses the exit code and first stdout line', () => {
    expect(judgeCheckRun(ran({ exitCode: 1, stdout: 'LOAD WARNING 4.2|load1=4.2;4;8\n' }), 'check_load')).toMatchObject({
      status: 'WARNING', summary: 'LOAD WARNING 4.2', timedOut: false, perfdata: [{ label: 'load1', value: 4.2 }],
    });
  });

  it('reads the summary and perfdata from the kept first line when the tail starts mid-output', () => {
    const verdict = judgeCheckRun(ran({ stdout: 'ail 9\ndetail 10\n', stdoutFirstLine: 'DISK OK | used=10%' }), 'check_disk');
    expect(verdict).toMatchObject({ status: 'OK', summary: 'DISK OK', longOutput: 'detail 10', perfdata: [{ label: 'used', value: 10 }] });
  });

  it('bounds the summary of a plugin that prints one enormous line', () => {
    const { summary } = judgeCheckRun(ran({ stdout: `OK ${'x'.repeat(70_000)}\n` }), 'c');
    expect(summary).toHaveLength(CHECK_SUMMARY_MAX);
    expect(summary.endsWith('…')).toBe(true);
  });

  it('makes a timeout CRITICAL and flags it', () => {
    const verdict = judgeCheckRun(ran({ exitCode: null, signal: 'SIGTERM', timedOut: true, error: 'timed out after 5s' }), 'x');
    expect(verdict).toMatchObject({ status: 'CRITICAL', summary: 'timed out after 5s', timedOut: true });
  });

  it('names a missing program as UNKNOWN', () => {
    const verdict = judgeCheckRun(ran({ exitCode: null, notFound: true, error: 'command not found: /opt/x/check_foo' }), 'check_foo');
    expect(verdict).toMatchObject({ status: 'UNKNOWN', summary: 'command not found: check_foo', timedOut: false });
  });

  it('reports a program that is not executable, or was killed, as UNKNOWN with the reason', () => {
    expect(judgeCheckRun(ran({ exitCode: null, notExecutable: true, error: 'not executable: ./c' }), './c')).toMatchObject({
      status: 'UNKNOWN', summary: 'not executable: ./c',
    });
    expect(judgeCheckRun(ran({ exitCode: null, signal: 'SIGSEGV' }), 'c').summary).toBe('killed by SIGSEGV');
  });

  it('falls back to stderr, then to the exit code, when stdout is empty', () => {
    expect(judgeCheckRun(ran({ exitCode: 2, stderr: '\n connection refused\n' }), 'c').summary).toBe('connection refused');
    expect(judgeCheckRun(ran({ exitCode: 2 }), 'c').summary).toBe('no output (exit code 2)');
  });

  it('says when the exit code is outside the convention', () => {
    const verdict = judgeCheckRun(ran({ exitCode: 127, stderr: "env: 'python9': No such file or directory" }), 'c');
    expect(verdict).toMatchObject({ status: 'UNKNOWN', summary: "exit code 127: env: 'python9': No such file or directory" });
  });

  it('marks a cancelled run UNKNOWN', () => {
    expect(judgeCheckRun(ran({ exitCode: null, signal: 'SIGTERM', cancelled: true }), 'c').status).toBe('UNKNOWN');
  });
});
