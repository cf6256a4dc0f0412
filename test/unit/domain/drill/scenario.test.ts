/** Scenario files: offsets keep the duration hint in every error, and names the sandbox lacks are found before anything runs. */
import { describe, expect, it } from 'vitest';
import { scenarioMismatches, scenarioSchema, type SandboxOffer } from '../../../../src/domain/drill/scenario.js';
import { parseScenarioText } from '../../../../src/drill/scenario-file.js';

const text = (at: string) => `name: x\ntitle: t\nbriefing: b\nsteps:\n  - at: ${at}\n    action: deploy\n    version: v1.2.0\nexpect:\n  severity: SEV1\n  mitigation: [rollback]\n`;
const offer: SandboxOffer = { actions: ['rollback', 'restart'], versions: ['v1.1.0', 'v1.2.0'], runbooks: ['crash-after-deploy', 'incident-checklist'] };

describe('scenario offsets', () => {
  it('takes a duration or a number of seconds', () => {
    expect(parseScenarioText(text('1m30s'), 'x.yaml').steps[0]!.at).toBe(90_000);
    expect(parseScenarioText(text('12'), 'x.yaml').steps[0]!.at).toBe(12_000);
  });

  it.each([['soon', '"soon"'], ['-5', '-5'], ['"-5s"', '"-5s"'], ['[1]', '[1]']])('refuses at: %s with the file, line and the duration hint', (at, shown) => {
    expect(() => parseScenarioText(text(at), 'x.yaml')).toThrow(`x.yaml:5: steps.0.at: ${shown} is not a duration: expected a duration such as "30s"`);
  });

  it('says a missing offset is missing, with the hint', () => {
    const missing = text('1s').replace('  - at: 1s\n    action', '  - action');
    expect(() => parseScenarioText(missing, 'x.yaml')).toThrow(/steps\.0\.at: missing: expected a duration such as "30s"/);
  });
});

describe('scenario against the sandbox', () => {
  const scenario = scenarioSchema.parse({
    name: 'x',
    title: 't',
    briefing: 'b',
    runbook: 'crash-after-deploy.md',
    steps: [{ at: 1, action: 'deploy', version: 'v1.2.0' }],
    expect: { severity: 'SEV1', mitigation: ['rollback'] },
  });

  it('accepts names the sandbox has (a runbook with or without .md)', () => {
    expect(scenarioMismatches(scenario, offer)).toEqual([]);
  });

  it('names each action, release and runbook it lacks, with what it has', () => {
    const wrong = { ...scenario, runbook: 'no-book', steps: [{ ...scenario.steps[0]!, version: 'v9.9.9' }], expect: { ...scenario.expect, mitigation: ['rollback', 'no-such-action'] } };
    expect(scenarioMismatches(wrong, offer)).toEqual([
      { path: ['runbook'], message: 'no runbook "no-book" (runbooks: crash-after-deploy, incident-checklist)' },
      { path: ['steps', 0, 'version'], message: `no release "v9.9.9" in the sandbox's history (its releases: v1.1.0, v1.2.0)` },
      { path: ['expect', 'mitigation', 1], message: `no action "no-such-action" in the drill's sandbox (its actions: rollback, restart)` },
    ]);
  });

  it('reports a mismatch at its line in the file', () => {
    const file = text('5s').replace('mitigation: [rollback]', 'mitigation:\n    - no-such-action');
    expect(() => parseScenarioText(file, 'x.yaml', offer)).toThrow(/^x\.yaml:11: expect\.mitigation\.0: no action "no-such-action"/);
    expect(() => parseScenarioText(text('5s').replace('v1.2.0', 'v9'), 'x.yaml', offer)).toThrow(/^x\.yaml:7: steps\.0\.version: no release "v9"/);
  });
});
