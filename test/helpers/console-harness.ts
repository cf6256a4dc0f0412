/**
 * A console without a terminal: the real store, services, keymap and command handlers over a
 * temporary event store, for tests that drive keys and read state (or render with ink-testing-library).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChangeService } from '../../src/changes/change-service.js';
import { CheckService } from '../../src/checks/check-service.js';
import { loadConfig } from '../../src/config/load-config.js';
import { IncidentService } from '../../src/incidents/incident-service.js';
import { ChecklistService } from '../../src/runbooks/checklist-service.js';
import { EventStore } from '../../src/store/event-store.js';
import type { CommandEnv } from '../../src/tui/commands/command-env.js';
import { dispatchKey } from '../../src/tui/commands/dispatch-key.js';
import { createWriteTracker } from '../../src/tui/commands/write-tracker.js';
import { startChangesLoader, type ChangesLoader } from '../../src/tui/live/changes-loader.js';
import { startChecklistLoader, type ChecklistLoader } from '../../src/tui/live/checklist-loader.js';
import { startIncidentFeed, type IncidentFeed } from '../../src/tui/live/incident-feed.js';
import { initialConsoleState, type Viewport } from '../../src/tui/state/console-state.js';
import { createConsoleStore, type ConsoleStore } from '../../src/tui/state/console-store.js';

export interface ConsoleHarness {
  dir: string;
  storePath: string;
  env: CommandEnv;
  store: ConsoleStore;
  feed: IncidentFeed;
  /** Reads the open incident's runbook files in the background, as in a real session. */
  checklistLoader: ChecklistLoader;
  /** Loads the Recent changes view in the background, as in a real session. */
  changesLoader: ChangesLoader;
  quitRequests: number;
  /** What the console sent to its terminal outside frames (OSC 52 clipboard writes). */
  terminalWrites: string[];
  /** Presses keys by name ("n", "enter", "C-c"), one after another. */
  press(...keys: string[]): void;
  /** Types text into whatever has the keys (each character one key press). */
  type(text: string): void;
  /** Waits until every write started by a key has settled and the log has been re-read. */
  settle(): Promise<void>;
  /** Another writer on the same store file (the CLI, another console). */
  otherWriter(actor: string): { store: EventStore; incidents: IncidentService };
  close(): Promise<void>;
}

export interface HarnessOptions {
  actor?: string;
  readOnly?: boolean;
  configYaml?: string;
  viewport?: Viewport;
  now?: () => Date;
}

/** Creates a console over a fresh temporary store; call `close()` when done. */
export async function createConsoleHarness(options: HarnessOptions = {}): Promise<ConsoleHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'warroom-console-'));
  if (options.configYaml !== undefined) await writeFile(join(dir, 'warroom.yaml'), options.configYaml);
  const loaded = await loadConfig({ cwd: dir, env: {} });
  const storePath = join(dir, 'store.json');
  const now = options.now ?? (() => new Date());
  const actor = options.actor ?? 'alice';
  const eventStore = new EventStore({ path: storePath, actor, now });
  const incidents = new IncidentService(eventStore, loaded, now);
  const store = createConsoleStore(initialConsoleState({ now: now().getTime(), viewport: options.viewport ?? { columns: 80, rows: 24 } }));
  const feed = startIncidentFeed({ incidents, dispatch: store.dispatch });
  const writes = createWriteTracker();
  const changes = new ChangeService(loaded);
  const changesLoader = startChangesLoader({ store, changes });
  const checklist = ChecklistService.forIncidents(incidents);
  const checklistLoader = startChecklistLoader({ store, checklist });
  const harness: ConsoleHarness = {
    dir,
    storePath,
    store,
    feed,
    checklistLoader,
    changesLoader,
    quitRequests: 0,
    terminalWrites: [],
    env: {
      store,
      incidents,
      checks: new CheckService(loaded, incidents, { now }),
      changes,
      checklist,
      loaded,
      actor,
      readOnly: options.readOnly ?? false,
      writes,
      reload: () => feed.reload(),
      quit: () => void harness.quitRequests++,
      redraw: () => undefined,
      terminal: { description: 'the test terminal', write: async (data) => void harness.terminalWrites.push(data) },
    },
    press: (...keys) => keys.forEach((key) => dispatchKey(harness.env, key)),
    type: (text) => [...text].forEach((char) => dispatchKey(harness.env, char === ' ' ? 'space' : char)),
    async settle() {
      await writes.flush(10_000);
      feed.reload();
      await feed.idle();
      await checklistLoader.idle();
      await changesLoader.idle();
    },
    otherWriter(otherActor) {
      const other = new EventStore({ path: storePath, actor: otherActor, now });
      return { store: other, incidents: new IncidentService(other, loaded, now) };
    },
    async close() {
      feed.close();
      checklistLoader.close();
      changesLoader.close();
      await writes.flush(5_000);
      await rm(dir, { recursive: true, force: true });
    },
  };
  await feed.idle();
  return harness;
}
