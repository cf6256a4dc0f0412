/**
 * "What changed": loads every configured source concurrently (each failing on its own),
 * merges them into the view the console pane and `warroom changes` show (as each source
 * arrives, for the console), and reads a change's details. Marking suspects goes through the
 * incident service (suspect-marks.ts).
 */
import { resolveConfigPath, type LoadedConfig } from '../config/load-config.js';
import { commitHeaderLines, recordDetailLines } from '../domain/changes/change-details.js';
import type { Change, SourceLoad } from '../domain/changes/change-model.js';
import { viewOfSources, type ChangesView, type SourceProgress } from '../domain/changes/change-view.js';
import { changeWindow, type ChangeWindow } from '../domain/changes/change-window.js';
import { describeSpec, planSources, type SourceSpec } from './change-sources.js';
import { gitCommitStat, loadGitSource } from './git-source.js';
import { loadRecordCommand, loadRecordFile } from './record-sources.js';

export interface ChangeDetails {
  title: string;
  lines: string[];
  error?: string;
}

export interface ViewRequest {
  /** Detection time (ISO); without an incident, now. */
  detectedAt: string;
  /** Span before detection; defaults to the configured window. */
  windowMs?: number | undefined;
  /** Changes already marked as suspected on the incident. */
  marked?: readonly { changeId: string }[] | undefined;
  signal?: AbortSignal | undefined;
  /** Called with the view so far each time a source is read while others still are. */
  onProgress?: ((view: ChangesView) => void) | undefined;
}

export class ChangeService {
  readonly sources: SourceSpec[];

  constructor(
    readonly loaded: LoadedConfig,
    /** The environment child processes take their allowlisted variables from. */
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.sources = planSources(loaded.config.changes, (path) => resolveConfigPath(loaded, path), loaded.baseDir);
  }

  /** The configured window, in ms before detection. */
  get defaultWindowMs(): number {
    return this.loaded.config.changes.window;
  }

  /** Loads every source at once; a source that fails only fails its own report. */
  async load(window: Pick<ChangeWindow, 'sinceMs' | 'detectedAt'>, signal?: AbortSignal): Promise<SourceLoad[]> {
    return Promise.all(this.sources.map((spec) => this.loadOne(spec, window, signal)));
  }

  /**
   * The merged view for a detection time and window. Sources are read over at least the
   * configured window, the one `warroom suspect` searches by default, so the short ids shown
   * under a narrower window still name a single change there.
   */
  async view(request: ViewRequest): Promise<ChangesView> {
    const window = changeWindow(request.detectedAt, request.windowMs ?? this.defaultWindowMs);
    const idWindow = window.windowMs >= this.defaultWindowMs ? window : changeWindow(request.detectedAt, this.defaultWindowMs);
    const progress: SourceProgress[] = this.sources.map((spec) => ({ pending: describeSpec(spec) }));
    const build = () =>
      viewOfSources(progress, {
        window,
        idWindow,
        highlightMs: this.loaded.config.changes.highlight,
        ...(request.marked ? { marked: request.marked } : {}),
      });
    await Promise.all(
      this.sources.map(async (spec, index) => {
        progress[index] = { load: await this.loadOne(spec, idWindow, request.signal) };
        if (request.onProgress && progress.some((p) => 'pending' in p) && !request.signal?.aborted) request.onProgress(build());
      }),
    );
    return build();
  }

  /** A commit's `git show --stat` summary, or a record in full. */
  async details(change: Change): Promise<ChangeDetails> {
    if (change.sourceType !== 'git') return { title: change.title, lines: recordDetailLines(change) };
    const spec = this.sources.find((s) => s.type === 'git' && s.label === change.source);
    const header = commitHeaderLines(change);
    if (!spec || spec.type !== 'git' || !change.ref) {
      return { title: change.title, lines: header, error: `no git source "${change.source}" in the config any more` };
    }
    const stat = await gitCommitStat(spec, change.ref, this.env);
    return { title: change.title, lines: [...header, '', ...stat.lines], ...(stat.error ? { error: stat.error } : {}) };
  }

  private async loadOne(spec: SourceSpec, window: Pick<ChangeWindow, 'sinceMs' | 'detectedAt'>, signal: AbortSignal | undefined): Promise<SourceLoad> {
    const { sinceMs } = window;
    try {
      switch (spec.type) {
        case 'git':
          return await loadGitSource(spec, { sinceMs, detectedMs: Date.parse(window.detectedAt), signal, env: this.env });
        case 'file':
          return await loadRecordFile(spec, { sinceMs });
        case 'command':
          return await loadRecordCommand(spec, { sinceMs, signal, env: this.env });
      }
    } catch (error) {
      // The loaders report failures themselves; this only guards against the unforeseen.
      const { source, sourceType, origin } = describeSpec(spec);
      return { changes: [], report: { source, sourceType, origin, count: 0, lineErrors: [], error: (error as Error).message } };
    }
  }
}
