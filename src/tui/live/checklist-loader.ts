/**
 * Reads the open incident's runbook files in the background: when an incident is opened, on every
 * change to its log (an attachment or a severity change brings other runbooks), when one of its
 * runbook files is edited (they are watched) and on Ctrl-R. Reads never overlap; a newer need is
 * read after. While it runs, the pane's cursor stays on its row as the rows change (checklist-cursor.ts).
 */
import { checklistEntries } from '../../domain/checklist/checklist-sources.js';
import type { ChecklistService } from '../../runbooks/checklist-service.js';
import { watchRunbookFiles } from '../../runbooks/watch-runbook-files.js';
import type { ConsoleStore } from '../state/console-store.js';
import { selectIncident } from '../state/selectors.js';
import { keepChecklistCursor } from './checklist-cursor.js';

export interface ChecklistLoader {
  /** Resolves when no read is in flight or waiting. */
  idle(): Promise<void>;
  close(): void;
}

/** Watches the store for what the Checklist pane needs and reads it; the first read starts once an incident is open. */
export function startChecklistLoader({ store, checklist }: { store: ConsoleStore; checklist: ChecklistService }): ChecklistLoader {
  let running: Promise<void> | undefined;
  let wanted: object | undefined;
  let lastRefresh = -1;
  let closed = false;
  const files = watchRunbookFiles(() => store.dispatch({ type: 'checklist/refresh' }));

  const readOnce = async () => {
    const state = store.getState();
    const incident = selectIncident(state);
    if (!incident) return;
    const runbooks = checklistEntries(checklist.config, incident).map((e) => e.runbook);
    files.watch(runbooks.flatMap((runbook) => checklist.library.candidateFiles(runbook)));
    const loads = await checklist.loads(runbooks);
    // Dispatched even when the incident moved on meanwhile: the reducer keeps the files per incident id.
    if (!closed) store.dispatch({ type: 'checklist/files', files: { incidentId: incident.id, loads } });
  };

  const check = () => {
    if (closed) return;
    const state = store.getState();
    const incident = selectIncident(state);
    // The incident object changes identity only when its log changed (data-reducer keeps it otherwise).
    if (!incident || (incident === wanted && state.checklist.refresh === lastRefresh)) return;
    wanted = incident;
    lastRefresh = state.checklist.refresh;
    if (running) return;
    running = (async () => {
      let seen: object | undefined;
      let seenRefresh = -1;
      do {
        seen = wanted;
        seenRefresh = lastRefresh;
        // Each file reports its own failure in its load; nothing else here is worth stopping the console for.
        await readOnce().catch(() => undefined);
      } while (!closed && (seen !== wanted || seenRefresh !== lastRefresh));
      running = undefined;
    })();
  };

  const unsubscribe = store.subscribe(check);
  const stopCursor = keepChecklistCursor(store, checklist.config);
  check();
  return {
    async idle() {
      while (running) await running;
    },
    close() {
      closed = true;
      unsubscribe();
      stopCursor();
      files.close();
    },
  };
}
