import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../../src/config/load-config.js';

describe('runbooks section', () => {
  it('a runbook given as something other than a name says a runbook name is expected, with the file, line and value', () => {
    expect(() => parseConfigText('runbooks:\n  checklist: 42\n', 'w.yaml')).toThrow(
      'w.yaml:2: runbooks.checklist: expected a runbook name: a file in the runbooks directory, e.g. "incident-checklist.md", not number 42',
    );
    expect(() => parseConfigText('runbooks:\n  bySeverity:\n    SEV1: [recovery-verification.md, {a: 1}]\n', 'w.yaml')).toThrow(
      /w\.yaml:3: runbooks\.bySeverity\.SEV1\.1: expected a runbook name: .*, not a mapping$/,
    );
  });

  it('an empty checklist means none; a name climbing out of the runbooks directory is refused', () => {
    expect(parseConfigText('runbooks:\n  checklist: ""\n', 'w.yaml').runbooks.checklist).toBe('');
    expect(() => parseConfigText('runbooks:\n  checklist: ../secrets.md\n', 'w.yaml')).toThrow(/runbooks\.checklist: runbook names are paths inside the runbooks directory/);
  });
});
