/**
 * The "what changed" view model, shared by the console pane and `warroom changes`: the merged
 * list with the detection marker, recent changes highlighted, the latest deploy before
 * detection flagged as the suspect, and rollback cautions on migrations.
 */
import { shortIds } from './change-ids.js';
import { mergeChanges } from './change-merge.js';
import { describeSourceProblem, type Change, type PendingSource, type SourceLoad, type SourceReport } from './change-model.js';
import { windowLabel, type ChangeWindow } from './change-window.js';

/** Default span before detection whose changes are highlighted (DOMAIN.md: "the last 60 minutes"). */
export const DEFAULT_HIGHLIGHT_MS = 60 * 60_000;

export interface ChangeRow {
  type: 'change';
  change: Change;
  /** The id as printed: a prefix that names this change alone among the id scope (see ChangeViewOptions). */
  shortId: string;
  /** Whole minutes from the change to detection; negative after detection. */
  minutesBeforeDetection: number;
  /** "12 min before detection", "3 min after detection". */
  timing: string;
  /** Within the highlight span before detection. */
  highlighted: boolean;
  afterDetection: boolean;
  /** The latest deploy before detection: the prime suspect. */
  suspect: boolean;
  /** A responder marked it as the suspected trigger on the timeline. */
  marked: boolean;
  /** Why rolling this back needs care (migrations), if it does. */
  caution?: string;
}

export interface DetectionRow {
  type: 'detection';
  at: string;
  text: string;
}

export type ChangeViewRow = ChangeRow | DetectionRow;

export interface ChangesView {
  window: ChangeWindow;
  /** "2h before detection, and everything since". */
  windowText: string;
  /** Oldest first, with the detection marker where detection falls. */
  rows: ChangeViewRow[];
  suspect?: ChangeRow;
  /** The span before detection whose changes are highlighted. */
  highlightMs: number;
  highlightedCount: number;
  /** The sources that have been read (or failed), in config order. */
  sources: SourceReport[];
  /** One line per source that failed or skipped lines. */
  problems: string[];
  /** Sources still being read: the list and the suspect are from the others so far. */
  loading: PendingSource[];
}

export interface ChangeViewOptions {
  window: ChangeWindow;
  highlightMs?: number;
  /** Changes already marked as suspected trigger on the incident. */
  marked?: readonly { changeId: string }[];
  /**
   * The changes short ids must tell apart (default: the view's own): those of the widest window
   * `warroom suspect` searches, so a printed id still names one change there.
   */
  idScope?: readonly Change[];
  /** Sources not read yet (the view is partial until they are). */
  loading?: readonly PendingSource[];
}

const MIGRATION_DEPLOY_CAUTION =
  'ran a database migration: do not roll back the app alone; check the migration can be reversed, or roll forward';
const MIGRATION_CAUTION = 'database migration: rolling back the application alone can leave it out of step with the schema';

const rolledBackCaution = (version: string) =>
  `this deploy rolled back ${version}: rolling it back brings ${version} again; fix forward, or return to an older version`;

/** The rollback caution a change needs (DOMAIN.md rollback rules), if any. */
export function rollbackCaution(change: Change): string | undefined {
  if (change.kind === 'migration') return MIGRATION_CAUTION;
  if (change.kind !== 'deploy') return undefined;
  const cautions = [change.migration ? MIGRATION_DEPLOY_CAUTION : undefined, change.rollbackOf ? rolledBackCaution(change.rollbackOf) : undefined];
  const text = cautions.filter((c) => c !== undefined).join('; ');
  return text === '' ? undefined : text;
}

/** "12 min before detection" / "3 min after detection", from the signed distance to detection. */
export function timingText(msBeforeDetection: number): string {
  const minutes = Math.floor(Math.abs(msBeforeDetection) / 60_000);
  return msBeforeDetection >= 0 ? `${minutes} min before detection` : `${minutes} min after detection`;
}

/** Builds the view from merged changes (oldest first) and the source reports. */
export function buildChangesView(changes: readonly Change[], sources: readonly SourceReport[], options: ChangeViewOptions): ChangesView {
  const detectedMs = Date.parse(options.window.detectedAt);
  const highlightMs = options.highlightMs ?? DEFAULT_HIGHLIGHT_MS;
  const marked = new Set((options.marked ?? []).map((m) => m.changeId));
  // `at` is canonical ISO, so text order is time order: the list splits at detection.
  const detectedIso = new Date(detectedMs).toISOString();
  const split = changes.findIndex((c) => c.at > detectedIso);
  const before = split === -1 ? changes : changes.slice(0, split);
  const suspectId = before.filter((c) => c.kind === 'deploy').at(-1)?.id;
  const ids = shortIds([...new Set([...changes, ...(options.idScope ?? [])].map((c) => c.id))]);
  const toRow = (change: Change): ChangeRow => {
    const deltaMs = detectedMs - Date.parse(change.at);
    const minutes = Math.trunc(deltaMs / 60_000);
    const caution = rollbackCaution(change);
    return {
      type: 'change',
      change,
      shortId: ids.get(change.id) ?? change.id,
      minutesBeforeDetection: minutes === 0 ? 0 : minutes, // never -0 in JSON
      timing: timingText(deltaMs),
      highlighted: deltaMs >= 0 && deltaMs <= highlightMs,
      afterDetection: deltaMs < 0,
      suspect: change.id === suspectId,
      marked: marked.has(change.id),
      ...(caution ? { caution } : {}),
    };
  };
  const beforeRows = before.map(toRow);
  const afterRows = split === -1 ? [] : changes.slice(split).map(toRow);
  const detection: DetectionRow = { type: 'detection', at: options.window.detectedAt, text: `detected ${clock(options.window.detectedAt)}` };
  const suspect = beforeRows.find((row) => row.suspect);
  return {
    window: options.window,
    windowText: `${windowLabel(options.window.windowMs)} before detection, and everything since`,
    rows: [...beforeRows, detection, ...afterRows],
    ...(suspect ? { suspect } : {}),
    highlightMs,
    highlightedCount: beforeRows.filter((row) => row.highlighted).length,
    sources: [...sources],
    problems: sources.map(describeSourceProblem).filter((p): p is string => p !== undefined),
    loading: [...(options.loading ?? [])],
  };
}

/** One configured source while a view is being read: its load once it has one, else what it is. */
export type SourceProgress = { load: SourceLoad } | { pending: PendingSource };

export interface SourcesViewOptions extends Omit<ChangeViewOptions, 'idScope' | 'loading'> {
  /** The span the sources were read over (at least `window`); short ids are unique across it. */
  idWindow?: ChangeWindow;
}

/**
 * The view over what has been read so far, sources in config order: the loaded ones merged (the
 * suspect among them), failures as problems, the others listed as still loading.
 */
export function viewOfSources(progress: readonly SourceProgress[], options: SourcesViewOptions): ChangesView {
  const loads = progress.flatMap((p) => ('load' in p ? [p.load] : []));
  const loading = progress.flatMap((p) => ('pending' in p ? [p.pending] : []));
  const { idWindow, ...rest } = options;
  const changes = mergeChanges(loads, options.window);
  const wider = idWindow !== undefined && idWindow.sinceMs < options.window.sinceMs;
  return buildChangesView(changes, loads.map((l) => l.report), {
    ...rest,
    idScope: wider ? mergeChanges(loads, idWindow) : changes,
    loading,
  });
}

/** The rows that are changes (no marker). */
export function changeRows(view: Pick<ChangesView, 'rows'>): ChangeRow[] {
  return view.rows.filter((row): row is ChangeRow => row.type === 'change');
}

function clock(iso: string): string {
  return `${new Date(Date.parse(iso)).toISOString().slice(11, 16)} UTC`;
}

/** One change as `warroom changes --json` prints it. */
export interface ChangeJson {
  id: string;
  at: string;
  kind: Change['kind'];
  source: string;
  title: string;
  actor: string;
  ref: string | null;
  previousRef: string | null;
  service: string | null;
  suspect: boolean;
  marked: boolean;
  highlighted: boolean;
  minutesBeforeDetection: number;
  merge: boolean;
  filesChanged: number | null;
  caution: string | null;
}

/** The view's changes as plain JSON records, oldest first. */
export function changesJson(view: Pick<ChangesView, 'rows'>): ChangeJson[] {
  return changeRows(view).map((row) => ({
    id: row.change.id,
    at: row.change.at,
    kind: row.change.kind,
    source: row.change.source,
    title: row.change.title,
    actor: row.change.actor,
    ref: row.change.ref ?? null,
    previousRef: row.change.previousRef ?? null,
    service: row.change.service ?? null,
    suspect: row.suspect,
    marked: row.marked,
    highlighted: row.highlighted,
    minutesBeforeDetection: row.minutesBeforeDetection,
    merge: row.change.merge ?? false,
    filesChanged: row.change.filesChanged ?? null,
    caution: row.caution ?? null,
  }));
}
