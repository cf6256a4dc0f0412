/**
 * The check detail view's text: the latest result, the command, parsed perfdata as a table and
 * the tail of the output this console kept. Pure; the dialog and its scroll keys both use it.
 */
import type { CheckDefinition } from '../../config/sections/checks.js';
import type { PerfDatum } from '../../domain/events.js';
import type { CheckResultState, IncidentState } from '../../domain/incident-state.js';
import { utcTime } from '../../domain/timeline-line.js';
import type { RowTone } from '../panes/pane-row.js';
import { consoleKeymap } from '../keymap/check-keys.js';
import type { CheckRunOutput, CheckRunsState } from '../state/check-runs-state.js';
import type { ConsoleState } from '../state/console-state.js';
import { selectIncident } from '../state/selectors.js';
import { changedMark, formatLatency, latestResult, stateLook, stateOf } from './check-view.js';

export interface DetailLine {
  text: string;
  tone: RowTone;
}

export interface CheckDetailsInput {
  name: string;
  definition: CheckDefinition | undefined;
  logged: CheckResultState | undefined;
  local: CheckRunOutput | undefined;
  /** When this console started the run in flight, if one is. */
  runningSince: string | undefined;
  /** Why the check's `key:` is not bound in this console (the console uses that key itself), if it is not. */
  keyRefused?: string | undefined;
}

const line = (text: string, tone: RowTone = 'normal'): DetailLine => ({ text, tone });
const field = (label: string, value: string, tone: RowTone = 'normal'): DetailLine => line(`${label.padEnd(10)} ${value}`, tone);

/** An argv as one would type it: arguments with spaces or quotes single-quoted. */
export function argvText(argv: readonly string[]): string {
  return argv.map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** Perfdata as an aligned table: label, value with its unit, warn, crit, min, max ("-" when absent). */
export function perfdataTable(perfdata: readonly PerfDatum[]): string[] {
  const rows = perfdata.map((p) => [p.label, `${p.value}${p.uom}`, p.warn ?? '-', p.crit ?? '-', p.min === undefined ? '-' : String(p.min), p.max === undefined ? '-' : String(p.max)]);
  const all = [['label', 'value', 'warn', 'crit', 'min', 'max'], ...rows];
  const widths = all[0]!.map((_, column) => Math.max(...all.map((row) => row[column]!.length)));
  return all.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
}

function outputLines(output: CheckRunOutput): DetailLine[] {
  const cut = output.truncated ? ', earlier lines dropped' : '';
  const lines = [line(''), line(`Output (stdout, last ${output.stdout.length} lines${cut})`, 'accent')];
  lines.push(...(output.stdout.length > 0 ? output.stdout.map((l) => line(`  ${l}`)) : [line('  (nothing on stdout)', 'muted')]));
  if (output.stderr.length > 0) {
    lines.push(line(''), line(`stderr (last ${output.stderr.length} lines)`, 'accent'), ...output.stderr.map((l) => line(`  ${l}`, 'warning')));
  }
  return lines;
}

/** Every line of the view, for scrolling; the title goes in the dialog frame. */
export function checkDetailLines(input: CheckDetailsInput): DetailLine[] {
  const result = latestResult(input.logged, input.local);
  const state = stateOf(result, false);
  const { glyph, tone } = stateLook(state);
  const lines: DetailLine[] = [];
  if (input.runningSince) lines.push(line(`» running now (started ${utcTime(input.runningSince)}); the view follows its result`, 'accent'));
  if (!result) {
    lines.push(line('Not run yet on this incident. r runs it now.', 'muted'));
  } else {
    const mark = changedMark(result);
    lines.push(field('State', `${glyph} ${state}${mark ? ` (${mark})` : ''} · took ${formatLatency(result.durationMs)} · at ${utcTime(result.at)}`, tone));
    lines.push(field('Summary', result.summary || '(none)'));
    if (result.output) lines.push(field('Exit code', result.output.exitCode === null ? 'none (did not exit by itself)' : String(result.output.exitCode)));
  }
  const def = input.definition;
  if (def) {
    lines.push(field('Group', `${def.group} · timeout ${formatLatency(def.timeout)}`));
    if (def.key !== undefined) lines.push(input.keyRefused ? field('Key', `${def.key} not bound: ${input.keyRefused}`, 'warning') : field('Key', def.key));
    lines.push(field('Command', argvText(result?.output?.argv ?? def.command)));
    if (def.description) lines.push(field('About', def.description));
  } else {
    lines.push(field('Group', 'no longer in the config: it cannot be run from here', 'muted'));
  }
  if (!result) return lines;
  lines.push(line(''), line(`Perfdata (${result.perfdata.length})`, 'accent'));
  lines.push(...(result.perfdata.length > 0 ? perfdataTable(result.perfdata).map((t, i) => line(`  ${t}`, i === 0 ? 'muted' : 'normal')) : [line('  none reported', 'muted')]));
  if (result.output) return [...lines, ...outputLines(result.output)];
  lines.push(line(''), line('Output not kept here: this run was made by another console or the CLI.', 'muted'));
  lines.push(line('The timeline keeps state, summary, time taken and perfdata; r runs it here to see the output.', 'muted'));
  return lines;
}

/** The view's input for check `name`: its definition, the logged result, this console's run and its key. */
export function checkDetailsInput(checks: readonly CheckDefinition[], name: string, incident: IncidentState | undefined, runs: CheckRunsState): CheckDetailsInput {
  return {
    name,
    definition: checks.find((c) => c.name === name),
    logged: incident?.checks[name],
    local: runs.outputs[name],
    runningSince: runs.running[name],
    keyRefused: consoleKeymap(checks).ignored.find((i) => i.check === name)?.reason,
  };
}

/** The view's lines for check `name` from the console state. */
export function checkDetailsOf(state: ConsoleState, checks: readonly CheckDefinition[], name: string): DetailLine[] {
  return checkDetailLines(checkDetailsInput(checks, name, selectIncident(state), state.checkRuns));
}
