/**
 * Replay stepping on a 10,000-event incident, two ways:
 *   - the model: from a key (next event, previous event, 5 minutes later or earlier) to everything
 *     the screen draws being computed: the cursor move, the console reducer, and the header, pane
 *     rows and key bar the incident screen renders (no Ink, no terminal);
 *   - key to screen: the built console (`warroom replay`) in a real pseudo-terminal, from writing
 *     the key to the last byte of the frame that shows the new event, Ink render and terminal
 *     write included. Its median must stay within 50 ms: the bench exits 1 when it does not.
 * The incident is written through the real store (declaration through the incident service, the
 * rest in batches) and read back as `warroom replay` reads it.
 * Run after `npm run build`: node scripts/run-ts.mjs bench/replay-step.ts [events]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig, type LoadedConfig } from '../src/config/load-config.js';
import { newEvent, type NewEvent } from '../src/domain/events.js';
import { createTimeline, cursorAt, jumpMinutes, stepBack, stepForward, type ReplayCursor } from '../src/domain/replay/replay-cursor.js';
import { replayPosition } from '../src/domain/replay/replay-play.js';
import { IncidentService } from '../src/incidents/incident-service.js';
import { EventStore } from '../src/store/event-store.js';
import { keyContextOf } from '../src/tui/keymap/key-context.js';
import { consoleKeymap } from '../src/tui/keymap/check-keys.js';
import { PANE_DEFINITIONS } from '../src/tui/panes/pane-registry.js';
import { clockParts, roleSlots } from '../src/tui/presentation/header-model.js';
import { consoleLayout, paneContentHeight } from '../src/tui/presentation/layout.js';
import { visibleWindow } from '../src/tui/presentation/list-window.js';
import { statusBarItems } from '../src/tui/presentation/status-bar.js';
import { reduceConsole } from '../src/tui/state/console-reducer.js';
import { PANES, initialConsoleState, type ConsoleState } from '../src/tui/state/console-state.js';
import { requireFreshBuild } from '../test/helpers/console-pty.js';
import { keyToScreenTimes, openReplay } from './replay-pty.js';

const total = Number(process.argv[2] ?? 10_000);
const SAMPLES = 500;
/** Key presses per kind in the pseudo-terminal, and the budget for the median of each. */
const PTY_SAMPLES = 60;
const TARGET_MS = 50;
const START = Date.parse('2026-03-01T02:00:00Z');
const SEVERITIES = ['SEV1', 'SEV2', 'SEV3'] as const;
const STATUSES = ['investigating', 'identified', 'monitoring'] as const;
const ROLES = ['commander', 'lead', 'comms', 'scribe'] as const;
const CHECKS = ['checkout-http', 'payments-api', 'orders-db', 'queue-depth', 'cdn-edge', 'search'];

/** The i-th event of a busy incident: mostly check results and notes, with the changes that matter in between. */
function realisticEvent(i: number, at: string): NewEvent {
  if (i % 97 === 0) return newEvent('INC-1', 'severity.changed', { from: SEVERITIES[i % 3]!, to: SEVERITIES[(i + 1) % 3]!, reason: 'impact re-assessed' }, at);
  if (i % 89 === 0) return newEvent('INC-1', 'status.changed', { from: STATUSES[i % 3]!, to: STATUSES[(i + 1) % 3]! }, at);
  if (i % 53 === 0) return newEvent('INC-1', 'role.assigned', { role: ROLES[i % 4]!, name: `responder-${i % 11}` }, at);
  if (i % 41 === 0) {
    return newEvent('INC-1', 'update.posted', { kind: 'update', audience: i % 2 ? 'customer' : 'internal', text: `Checkout errors continue; next update in 30 minutes (${i})`, targets: [{ target: 'status-page', ok: true, detail: 'HTTP 200' }] }, at);
  }
  if (i % 37 === 0) return newEvent('INC-1', 'checklist.toggled', { runbook: 'checkout.md', itemId: `item-${i % 9}`, text: `Step ${i % 9}`, checked: i % 2 === 0, contentHash: 'a'.repeat(64) }, at);
  if (i % 3 === 0) return newEvent('INC-1', 'note.added', { text: `looked at ${CHECKS[i % CHECKS.length]} dashboards; p95 still above 2 s (${i})` }, at);
  const status = i % 5 === 0 ? 'CRITICAL' : i % 7 === 0 ? 'WARNING' : 'OK';
  return newEvent('INC-1', 'check.finished', { name: CHECKS[i % CHECKS.length]!, status, summary: `${status} - 512 ms, HTTP ${status === 'OK' ? 200 : 502}`, durationMs: 512, perfdata: [{ label: 'time', value: 0.512, uom: 's' }] }, at);
}

async function buildIncident(dir: string, loaded: LoadedConfig) {
  const path = join(dir, 'store.json');
  const store = new EventStore({ path, actor: 'bench', now: () => new Date(START) });
  const incidents = new IncidentService(store, loaded, () => new Date(START));
  await incidents.declare({ title: 'Checkout returns 502', severity: 'SEV2', detectedAt: new Date(START - 5 * 60_000).toISOString() });
  // A busy day: events a few seconds apart, with an occasional quiet hour.
  let time = START;
  // The declaration may come with events of its own (an attached runbook): count what is there.
  for (let filled = (await store.read()).events.length; filled < total; ) {
    const batch: NewEvent[] = [];
    for (let i = 0; i < Math.min(1_000, total - filled); i++) {
      const n = filled + i;
      time += n % 2_500 === 0 ? 3_600_000 : 1_000 + (n % 13) * 700;
      batch.push(realisticEvent(n, new Date(time).toISOString()));
    }
    await store.append(batch);
    filled += batch.length;
  }
  return (await incidents.current('INC-1')).events;
}

/** Everything the incident screen computes from the state: header, visible rows of every pane, key bar. */
function renderModel(state: ConsoleState, loaded: LoadedConfig): number {
  const incident = state.data.incidents[0]!;
  const layout = consoleLayout(state.ui.viewport);
  let work = replayPosition(state.replay!.cursor).length + roleSlots(incident).length;
  work += clockParts(incident, loaded.policies[incident.severity], new Date(state.now), loaded.config.comms.breachNotifyHours).length;
  for (const pane of PANES) {
    const definition = PANE_DEFINITIONS[pane];
    const rows = definition.rows(incident, loaded, state.changes, state.checklist);
    const window = visibleWindow(state.ui.scroll[pane], rows.length, paneContentHeight(layout.panes[pane]), definition.anchor);
    work += rows.slice(window.start, window.end).length;
  }
  return work + statusBarItems(keyContextOf(state, true), state.ui.viewport.columns, consoleKeymap(loaded.config.checks).keymap).length;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function measure(name: string, start: ReplayCursor, move: (c: ReplayCursor) => ReplayCursor, loaded: LoadedConfig, base: ConsoleState): void {
  let state = reduceConsole(base, { type: 'replay/start', cursor: start, speed: 60 });
  const timings: number[] = [];
  let sink = 0;
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    state = reduceConsole(state, { type: 'replay/move', cursor: move(state.replay!.cursor) });
    sink += renderModel(state, loaded);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const at = state.replay!.cursor.index;
  console.log(`${name.padEnd(22)} | ${percentile(timings, 50).toFixed(3).padStart(9)} | ${percentile(timings, 99).toFixed(3).padStart(7)} | ${timings.at(-1)!.toFixed(3).padStart(7)} | ended at event ${at + 1} (${sink > 0 ? 'rendered' : 'empty'})`);
}

/** Key to screen in the built console: per key, median and p90; false when a median misses the target. */
async function measureInTerminal(storePath: string, timeline: ReturnType<typeof createTimeline> & object): Promise<boolean> {
  const term = await openReplay(resolve('bin', 'warroom'), storePath, timeline.events.length);
  let ok = true;
  try {
    console.log(`key to screen in a ${term.cols}x${term.rows} pseudo-terminal (built console, Ink render and terminal write included); ${PTY_SAMPLES} presses each (30 for [)`);
    // "shown": until the new event is on screen; "settled": until the terminal went quiet after the key.
    console.log(`${'key (ms)'.padEnd(23)} | ${['median', 'p90', 'max', 'settled', 'set.p90'].map((h) => h.padStart(7)).join(' | ')} |`);
    let cursor = cursorAt(timeline, 0);
    // In this order every press moves the cursor (fewer jumps back than forward, fewer steps back than forward).
    const kinds: [string, string, number, (c: ReplayCursor) => ReplayCursor][] = [
      ['l  next event', 'l', PTY_SAMPLES, stepForward],
      [']  5 minutes later', ']', PTY_SAMPLES, (c) => jumpMinutes(c, 5)],
      ['[  5 minutes earlier', '[', PTY_SAMPLES / 2, (c) => jumpMinutes(c, -5)],
      ['h  previous event', 'h', PTY_SAMPLES, stepBack],
    ];
    for (const [name, key, presses, move] of kinds) {
      const times = await keyToScreenTimes(term, presses, () => {
        cursor = move(cursor);
        return { key, shows: `event ${cursor.index + 1}/${timeline.events.length} ` };
      });
      const shown = times.map((t) => t.shown).sort((a, b) => a - b);
      const settled = times.map((t) => t.settled).sort((a, b) => a - b);
      const median = percentile(shown, 50);
      ok &&= median <= TARGET_MS;
      const cells = [median, percentile(shown, 90), shown.at(-1)!, percentile(settled, 50), percentile(settled, 90)].map((ms) => ms.toFixed(1).padStart(7));
      console.log(`${name.padEnd(23)} | ${cells.join(' | ')} | target median <= ${TARGET_MS} ms ${median <= TARGET_MS ? 'ok' : 'MISSED'}`);
    }
  } finally {
    await term.close();
  }
  return ok;
}

requireFreshBuild();
const dir = await mkdtemp(join(tmpdir(), 'warroom-bench-'));
let withinTarget = false;
try {
  const loaded = await loadConfig({ cwd: dir, env: {} });
  const events = await buildIncident(dir, loaded);
  const built = performance.now();
  const timeline = createTimeline(events)!;
  console.log(`replay of a ${events.length}-event incident: timeline built in ${(performance.now() - built).toFixed(1)} ms; ${SAMPLES} moves each`);
  console.log('move (then the screen)  | median ms |  p99 ms |  max ms |');
  const base = initialConsoleState({ now: START, viewport: { columns: 120, rows: 40 }, incidentId: 'INC-1' });
  const middle = Math.floor(events.length / 2);
  measure('step forward', cursorAt(timeline, middle - SAMPLES / 2), stepForward, loaded, base);
  measure('step forward at end', cursorAt(timeline, events.length - SAMPLES - 1), stepForward, loaded, base);
  measure('step back', cursorAt(timeline, middle + SAMPLES / 2), stepBack, loaded, base);
  measure('step back at end', cursorAt(timeline, events.length - 1), stepBack, loaded, base);
  measure('jump +5 min', cursorAt(timeline, 0), (c) => (c.index === events.length - 1 ? cursorAt(timeline, 0) : jumpMinutes(c, 5)), loaded, base);
  measure('jump -5 min', cursorAt(timeline, events.length - 1), (c) => (c.index === 0 ? cursorAt(timeline, events.length - 1) : jumpMinutes(c, -5)), loaded, base);
  measure('jump to random event', cursorAt(timeline, 0), (c) => cursorAt(c.timeline, (c.index * 7919 + 104_729) % events.length), loaded, base);
  console.log('');
  withinTarget = await measureInTerminal(join(dir, 'store.json'), timeline);
} finally {
  await rm(dir, { recursive: true, force: true });
}
if (!withinTarget) process.exitCode = 1;
