/** Commands of the runbook picker (attach a runbook, or read one) and of the read view. */
import { shortHash } from '../../domain/checklist/find-item.js';
import { keyContextOf } from '../keymap/key-context.js';
import { disabledReason } from '../keymap/resolve-key.js';
import { isChecklist, type RunbookListing } from '../presentation/runbook-choices.js';
import { runbookReaderLines } from '../presentation/runbook-reader-lines.js';
import { wrapLines } from '../presentation/text-lines.js';
import type { CommandEnv, CommandHandler } from './command-env.js';
import { scrollDialog, textViewScrollHandlers } from './modal-scroll.js';
import { performWrite } from './perform-write.js';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Opens the picker and reads the library in the background; the picker says "reading" meanwhile. */
function openPicker(env: CommandEnv): void {
  env.store.dispatch({ type: 'modal/open', modal: { kind: 'runbooks', index: 0, listing: undefined } });
  const fill = (listing: RunbookListing[], error?: string) => {
    const top = env.store.getState().ui.modals.at(-1);
    // Closed (or covered) meanwhile: nothing to fill.
    if (top?.kind !== 'runbooks' || top.listing !== undefined) return;
    env.store.dispatch({ type: 'modal/replace', modal: { ...top, listing, ...(error !== undefined ? { error } : {}) } });
  };
  env.checklist.library.list().then(
    (infos) => fill(infos.map(({ name, title, items, error }) => ({ name, title, items, error }))),
    (error: unknown) => fill([], message(error)),
  );
}

function selectedRunbook(env: CommandEnv): RunbookListing | undefined {
  const top = env.store.getState().ui.modals.at(-1);
  return top?.kind === 'runbooks' ? top.listing?.[top.index] : undefined;
}

function movePicker(env: CommandEnv, delta: number): void {
  const top = env.store.getState().ui.modals.at(-1);
  if (top?.kind !== 'runbooks' || !top.listing || top.listing.length === 0) return;
  const index = Math.max(0, Math.min(top.listing.length - 1, top.index + delta));
  if (index !== top.index) env.store.dispatch({ type: 'modal/replace', modal: { ...top, index } });
}

/** Opens a runbook to read, over whatever is open (Esc goes back to it); the file is read in the background. */
export function openReader(env: CommandEnv, name: string, title: string): void {
  env.store.dispatch({ type: 'modal/open', modal: { kind: 'runbook-reader', name, title, text: undefined, offset: 0 } });
  const fill = (update: { title?: string; text: string; error?: string }) => {
    const top = env.store.getState().ui.modals.at(-1);
    if (top?.kind !== 'runbook-reader' || top.name !== name || top.text !== undefined) return;
    env.store.dispatch({ type: 'modal/replace', modal: { ...top, ...update } });
  };
  env.checklist.library.load(name).then(
    (doc) => fill({ title: doc.title, text: doc.text }),
    (error: unknown) => fill({ text: '', error: message(error) }),
  );
}

function attach(env: CommandEnv, runbook: RunbookListing | undefined): void {
  if (!runbook) return;
  const incidentId = env.store.getState().ui.incidentId;
  void performWrite(env, () => env.checklist.attach(runbook.name, incidentId), ({ document }) => {
    return `Attached ${document.title} to the checklist (version ${shortHash(document.contentHash)})`;
  }).then((attached) => {
    const top = env.store.getState().ui.modals.at(-1);
    if (attached && top?.kind === 'runbooks') env.store.dispatch({ type: 'modal/close' });
  });
}

function choose(env: CommandEnv): void {
  const runbook = selectedRunbook(env);
  if (!runbook) return;
  if (runbook.error !== undefined) {
    env.store.dispatch({ type: 'flash/show', text: runbook.error, tone: 'error' });
    return;
  }
  if (!isChecklist(runbook)) return openReader(env, runbook.name, runbook.title);
  // Enter also reads documents, so it is not marked as a change in the table: ask the same question here.
  const refused = disabledReason({ command: 'runbooks.choose', keys: [], scope: 'runbooks', description: '', mutates: true }, keyContextOf(env.store.getState(), env.readOnly));
  if (refused) {
    env.store.dispatch({ type: 'flash/show', text: `Attaching is disabled: ${refused}; v reads the runbook`, tone: 'warning' });
    return;
  }
  attach(env, runbook);
}

function countReaderLines(modal: { text: string | undefined }, width: number): number {
  return wrapLines(runbookReaderLines(modal.text ?? ''), width).length;
}


export const runbookCommands = {
  'checklist.runbooks': (env) => openPicker(env),
  'runbooks.down': (env) => movePicker(env, 1),
  'runbooks.up': (env) => movePicker(env, -1),
  'runbooks.choose': (env) => choose(env),
  'runbooks.attach': (env) => attach(env, selectedRunbook(env)),
  'runbooks.read': (env) => {
    const runbook = selectedRunbook(env);
    if (runbook) openReader(env, runbook.name, runbook.title);
  },
  'runbooks.close': (env) => env.store.dispatch({ type: 'modal/close' }),
  ...textViewScrollHandlers('reader', (env, step) => scrollDialog(env, 'runbook-reader', step, countReaderLines)),
  'reader.close': (env) => env.store.dispatch({ type: 'modal/close' }),
} satisfies Record<string, CommandHandler>;
