/**
 * One console session: takes over the terminal, renders the app, keeps it live, and gives the
 * terminal back through a single shutdown path whatever ends the session.
 */
import { constants } from 'node:os';
import { createElement } from 'react';
import { render, type Instance } from 'ink';
import { ChangeService } from '../changes/change-service.js';
import { CheckService } from '../checks/check-service.js';
import type { CliContext } from '../cli/context.js';
import type { ReplaySource } from '../domain/replay/replay-cursor.js';
import type { DrillFeed } from '../drill/drill-feed.js';
import { killAllRunning } from '../process/run-process.js';
import { ChecklistService } from '../runbooks/checklist-service.js';
import { App } from './App.js';
import type { CommandEnv } from './commands/command-env.js';
import { announceIgnoredCheckKeys } from './commands/checks-commands.js';
import { saveComposerDraft } from './commands/composer-commands.js';
import { keepUnsentNote } from './commands/unsent-notes.js';
import { keepUnsentUpdate } from './commands/unsent-updates.js';
import { createWriteTracker } from './commands/write-tracker.js';
import { startChangesLoader, type ChangesLoader } from './live/changes-loader.js';
import { startChecklistLoader, type ChecklistLoader } from './live/checklist-loader.js';
import { startClock } from './live/clock.js';
import { startDeadlineBell } from './live/deadline-bell.js';
import { startDraftAutosave } from './live/draft-autosave.js';
import { startDrillConsoleFeed } from './live/drill-console-feed.js';
import { startFlashExpiry } from './live/flash-expiry.js';
import { startIncidentFeed } from './live/incident-feed.js';
import { startReplayFeed } from './live/replay-feed.js';
import { initialConsoleState } from './state/console-state.js';
import { createConsoleStore } from './state/console-store.js';
import { consoleTerminalSink } from './terminal/console-sink.js';
import { ScreenWriter } from './terminal/screen-writer.js';
import { createShutdown, type Shutdown, type ShutdownResult } from './terminal/shutdown.js';
import { enterFullScreen, restoreTerminal } from './terminal/terminal-mode.js';

const SIGNALS = ['SIGHUP', 'SIGTERM', 'SIGINT'] as const;
const FRAMES_PER_SECOND = 12;
/** A store that takes longer to read is shown as loading rather than holding the screen back. */
const FIRST_READ_WAIT_MS = 400;

export interface SessionOptions {
  readOnly: boolean;
  replay?: ReplaySource;
  /** Set in a drill: its briefing, check results and problems, shown on the start screen and in the checks pane. */
  drill?: DrillFeed;
}

export interface SessionStreams {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** Runs the console until it is quit or interrupted; resolves once the terminal is restored. */
export async function runConsoleSession(
  ctx: CliContext,
  options: SessionOptions,
  io: SessionStreams,
): Promise<ShutdownResult & { error: unknown; terminalLost: boolean }> {
  const { stdin, stdout } = io;
  const viewport = () => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const store = createConsoleStore(initialConsoleState({ now: ctx.now().getTime(), viewport: viewport(), incidentId: ctx.incidentId }));
  const writes = createWriteTracker();
  const writer = new ScreenWriter(stdout);
  // Registered before Ink's own resize listener, so the new size is in the store when Ink re-renders.
  writer.on('resize', () => store.dispatch({ type: 'viewport/resized', viewport: viewport() }));

  let fatal: unknown;
  // A hangup, or a terminal that stopped reading or writing: it is gone, nothing is shown any more.
  let terminalLost = false;
  let finish: (result: ShutdownResult) => void = () => undefined;
  const finished = new Promise<ShutdownResult>((resolve) => (finish = resolve));
  // `runShutdown` is created below, once everything it stops exists; only callbacks call this.
  let ink: Instance | undefined;
  let stopping = false;
  const shutdown = (reason: string, exitCode: number) => {
    stopping = true;
    return runShutdown(reason, exitCode).then(finish);
  };
  const { replay } = options;
  const feed = replay ? startReplayFeed({ store, storePath: ctx.incidents.store.path, source: replay }) : startIncidentFeed({ incidents: ctx.incidents, dispatch: store.dispatch });
  // In a replay the clock is the cursor's event time, not the wall clock.
  const clock = replay ? { stop: () => undefined } : startClock(store.dispatch, ctx.now);
  const flashes = startFlashExpiry(store);
  const env: CommandEnv = {
    store,
    incidents: ctx.incidents,
    checks: new CheckService(ctx.loaded, ctx.incidents, { now: ctx.now }),
    changes: new ChangeService(ctx.loaded),
    checklist: ChecklistService.forIncidents(ctx.incidents),
    loaded: ctx.loaded,
    actor: ctx.actor,
    readOnly: options.readOnly || replay !== undefined,
    writes,
    reload: () => feed.reload(),
    quit: () => void shutdown('quit', 0),
    redraw: () => writer.repaint(),
    terminal: consoleTerminalSink(writer),
    ...(options.drill ? { drill: options.drill } : {}),
  };
  const drillFeed = options.drill ? startDrillConsoleFeed(env, options.drill) : { stop: () => undefined };
  // Runbooks are parsed and change sources spawned only once the first frame is out: parsing
  // markdown costs tens of milliseconds of this thread, and the panes show "loading" meanwhile.
  let checklistLoader: ChecklistLoader | undefined;
  let changesLoader: ChangesLoader | undefined;
  const startLoaders = () => {
    if (stopping) return;
    checklistLoader = startChecklistLoader({ store, checklist: env.checklist });
    changesLoader = startChangesLoader({ store, changes: env.changes });
  };
  // BEL goes through the screen writer so it never lands inside a frame.
  const bell = replay ? { stop: () => undefined } : startDeadlineBell({ store, loaded: ctx.loaded, ring: () => writer.control('\u0007') });
  const autosave = startDraftAutosave({ store, save: (composer) => saveComposerDraft(env, composer, composer.text) });

  announceIgnoredCheckKeys(env);
  const onSignal = (signal: (typeof SIGNALS)[number]) => {
    terminalLost ||= signal === 'SIGHUP';
    void shutdown(`received ${signal}`, 128 + constants.signals[signal]);
  };
  const onOutputError = () => {
    terminalLost = true;
    void shutdown('the terminal output failed', 1);
  };
  const onInputGone = () => {
    terminalLost = true;
    void shutdown('the terminal went away', 129);
  };
  const onCrash = (error: unknown) => {
    fatal ??= error;
    void shutdown('an unexpected error', 1);
  };
  const listeners: [NodeJS.EventEmitter, string, (...args: unknown[]) => void][] = [
    ...SIGNALS.map((signal) => [process, signal, () => onSignal(signal)] as [NodeJS.EventEmitter, string, () => void]),
    [process, 'uncaughtException', onCrash],
    [process, 'unhandledRejection', onCrash],
    [stdout, 'error', onOutputError],
    [stdin, 'error', onInputGone],
    [stdin, 'end', onInputGone],
    [stdin, 'close', onInputGone],
  ];
  for (const [emitter, event, listener] of listeners) emitter.on(event, listener);

  const runShutdown: Shutdown = createShutdown([
    { name: 'stop timers and watchers', run: () => (clock.stop(), flashes.stop(), feed.close(), changesLoader?.close()) },
    { name: 'stop the checklist loader', run: () => (checklistLoader?.close(), drillFeed.stop()) },
    { name: 'stop the deadline bell and the draft autosave', run: () => (bell.stop(), autosave.stop()) },
    { name: 'keep the update being written', run: () => keepUnsentUpdate(store.getState(), ctx.store, env.readOnly), timeoutMs: 400 },
    { name: 'keep the note being typed', run: () => keepUnsentNote(store.getState(), ctx.store, env.readOnly), timeoutMs: 400 },
    { name: 'stop child processes', run: () => killAllRunning(), timeoutMs: 1300 },
    { name: 'finish writes', run: () => writes.flush(400), timeoutMs: 500 },
    { name: 'unmount', run: () => ink?.unmount() },
    { name: 'restore the terminal', run: () => (writer.close(), restoreTerminal(stdout, stdin)) },
    { name: 'release listeners', run: () => listeners.forEach(([emitter, event, listener]) => emitter.off(event, listener)) },
  ]);

  enterFullScreen(stdout, stdin);
  // The first frame should be the full one: wait briefly for the log instead of drawing an empty
  // screen whose successor Ink's frame throttle would then hold back.
  await Promise.race([feed.idle(), new Promise((resolve) => setTimeout(resolve, FIRST_READ_WAIT_MS))]);
  if (!stopping) {
    ink = render(createElement(App, { store, env }), {
      stdout: writer as unknown as NodeJS.WriteStream,
      stdin,
      stderr: io.stderr,
      exitOnCtrlC: false,
      patchConsole: false,
      maxFps: FRAMES_PER_SECOND,
      // Ink hands whole frames to the ScreenWriter, which sends only the changed rows (see there why).
      incrementalRendering: false,
    });
    setImmediate(startLoaders);
    // A render error unmounts Ink on its own; it still has to leave through the same door.
    ink.waitUntilExit().then(
      () => void shutdown('the console closed', 0),
      (error: unknown) => onCrash(error),
    );
  }
  const result = await finished;
  return { ...result, error: fatal, terminalLost };
}
