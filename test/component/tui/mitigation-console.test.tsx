/**
 * Mitigating in the rendered console at 100x30: the action dialog's key bar lists only keys that
 * act in the step, live output is redacted, m says why it does nothing after a failed
 * verification, and M marks the incident mitigated after a confirmation that shows the checks
 * (then it is disabled with the reason; in a read-only console too).
 */
import { describe, expect, it } from 'vitest';
import { EventStore } from '../../../src/store/event-store.js';
import type { HarnessOptions } from '../../helpers/console-harness.js';
import { consoleFixtures } from '../../helpers/render-console.js';

const fixtures = consoleFixtures();
const TOKEN = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';
const CONFIG = `service: shop
checks:
  - { name: queue-depth, command: [/bin/sh, -c, 'echo "CRITICAL - 12000 jobs waiting"; exit 2'] }
actions:
  - name: restart-workers
    kind: restart
    command: [/bin/sh, -c, 'echo "login with ${TOKEN}"; echo "password=hunter2secret"; echo restarted']
    verify: [queue-depth]
    confirm: none
`;

async function openIncident(options: HarnessOptions = {}) {
  const harness = await fixtures.harness({ configYaml: CONFIG, viewport: { columns: 100, rows: 30 }, ...options });
  await harness.otherWriter('bob').incidents.declare({ title: 'Jobs delayed', severity: 'SEV2' });
  await harness.settle();
  harness.press('enter');
  const view = fixtures.render(harness);
  await view.waitFor('Jobs delayed');
  return { harness, view };
}

const keyBar = (frame: string) => frame.split('\n').at(-1) ?? '';
const events = async (path: string) => (await new EventStore({ path, actor: 'reader' }).read()).events;

describe('mitigation keys in the console', () => {
  it('runs an action with redacted output; after a failed verification m says why, and M marks it mitigated with the checks shown', async () => {
    const { harness, view } = await openIncident();
    harness.press('a');
    let frame = await view.waitFor('Mitigate on INC-1');
    // The menu: no run or mitigated key in the bar, as neither does anything here.
    expect(keyBar(frame)).toMatch(/^j move {2}Enter next {2}Esc back/);
    harness.press('m');
    await view.waitFor('M marks it mitigated any time');

    harness.press('enter');
    await view.waitFor('Preflight: restart-workers on INC-1', 10_000);
    harness.press('enter');
    frame = await view.waitFor('verification failed: the checks are not all OK', 10_000);
    expect(frame).toContain('login with [REDACTED]');
    expect(frame).toContain('password=[REDACTED]');
    expect(frame).not.toContain(TOKEN);
    expect(frame).not.toContain('hunter2');
    expect(frame.replace(/\s*│\n│\s*/g, ' ')).toContain('close this and press M to mark the incident mitigated');
    expect(keyBar(frame)).not.toContain('mitigated');
    harness.press('m');
    await view.waitFor(/The verify checks are not all OK, so m does not mark it/);

    harness.press('esc');
    await view.waitFor((f) => !f.includes('Done: restart-workers'));
    harness.press('M');
    frame = await view.waitFor('Mark INC-1 mitigated?');
    expect(frame).toMatch(/Checks, as last run: 0\/1 OK/);
    expect(frame).toMatch(/CRITICAL {2}queue-depth {2}CRITICAL - 12000 jobs waiting {2}\(\d+s ago\)/);
    expect(frame).toContain('Not every check is OK: queue-depth CRITICAL.');
    harness.press('y');
    await harness.settle();
    await view.waitFor(/Marked INC-1 mitigated, \d+s after detection/);
    const marked = (await events(harness.storePath)).filter((e) => e.type === 'incident.mitigated');
    expect(marked.map((e) => [e.actor, e.data])).toEqual([['alice', { note: 'marked while checks were not OK: queue-depth CRITICAL' }]]);

    // Marked: M is refused with the reason, and nothing more is recorded.
    harness.press('M');
    await view.waitFor(/M mitigated: disabled, the incident was marked mitigated at \d\d:\d\d UTC/);
    expect(view.frame()).not.toContain('Mark INC-1 mitigated?');
  }, 30_000);

  it('a read-only console refuses M with the reason', async () => {
    const { harness, view } = await openIncident({ readOnly: true });
    harness.press('M');
    await view.waitFor('M mitigated: disabled, this console is read-only (--read-only)');
    expect(view.frame()).not.toContain('Mark INC-1 mitigated?');
  });
});
