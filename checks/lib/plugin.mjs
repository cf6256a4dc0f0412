// Shared plumbing for the shipped checks: option parsing, Nagios threshold ranges, output
// in the plugin convention (one summary line, perfdata after "|") and exit codes.
// Plain Node ESM with no dependencies, so the checks run on a fresh machine without a build.
import { parseArgs } from 'node:util';

export const OK = 0;
export const WARNING = 1;
export const CRITICAL = 2;
export const UNKNOWN = 3;
const NAMES = ['OK', 'WARNING', 'CRITICAL', 'UNKNOWN'];

/** Thrown for bad options; the check exits UNKNOWN with the message. */
export class UsageError extends Error {}

/**
 * Parses argv by a spec of `{name: {type, short?, default?, multiple?}}`. `--help` prints
 * `help` and exits 0; unknown or malformed options exit UNKNOWN with one line naming them.
 */
export function options(spec, help, argv = process.argv.slice(2)) {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(help.endsWith('\n') ? help : `${help}\n`);
    process.exit(OK);
  }
  try {
    return parseArgs({ args: argv, options: spec, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error.message);
  }
}

/** A number option; `what` names it in the error. */
export function numberOption(value, what) {
  const number = Number(value);
  if (value === undefined || value === '' || !Number.isFinite(number)) throw new UsageError(`${what} must be a number, got "${value}"`);
  return number;
}

/**
 * A Nagios threshold range: "10" alerts outside 0..10, "10:" below 10, "~:10" above 10,
 * "10:20" outside 10..20, and a leading "@" inverts (alerts inside).
 */
export function parseRange(text, what = 'threshold') {
  if (text === undefined) return undefined;
  const raw = String(text).trim();
  const inside = raw.startsWith('@');
  const body = inside ? raw.slice(1) : raw;
  const [lowText, highText] = body.includes(':') ? body.split(':', 2) : ['0', body];
  const low = lowText === '~' ? -Infinity : lowText === '' ? 0 : Number(lowText);
  const high = highText === '' ? Infinity : Number(highText);
  if (body === '' || Number.isNaN(low) || Number.isNaN(high) || low > high) {
    throw new UsageError(`${what} "${raw}" is not a valid range (e.g. 10, 10:, ~:10, 10:20, @10:20)`);
  }
  return { low, high, inside, text: raw };
}

/** A range of percentages: like parseRange, but a bound outside 0-100 is a usage error (150 is a typo, not a threshold). */
export function parsePercentRange(text, what = 'threshold') {
  const range = parseRange(text, what);
  const outside = (bound) => Number.isFinite(bound) && (bound < 0 || bound > 100);
  if (range && (outside(range.low) || outside(range.high))) {
    throw new UsageError(`${what} "${range.text}" is not a percentage: bounds must be 0 to 100`);
  }
  return range;
}

/** Whether a value breaches a range (undefined range: never). */
export function breaches(range, value) {
  if (!range) return false;
  const within = value >= range.low && value <= range.high;
  return range.inside ? within : !within;
}

/** OK, WARNING or CRITICAL for a value against the warning and critical ranges. */
export function judge(value, warning, critical) {
  if (breaches(critical, value)) return CRITICAL;
  if (breaches(warning, value)) return WARNING;
  return OK;
}

/** One perfdata item: 'label'=value[uom];warn;crit;min;max (trailing empty fields dropped). */
export function perf(label, value, uom = '', warning, critical, min, max) {
  const quoted = /[\s'=]/.test(label) ? `'${label.replace(/'/g, "''")}'` : label;
  const fields = [`${round(value)}${uom}`, warning?.text ?? '', critical?.text ?? '', min ?? '', max ?? ''];
  while (fields.length > 1 && fields.at(-1) === '') fields.pop();
  return `${quoted}=${fields.join(';')}`;
}

/** Prints the result in the plugin convention and exits with its code. */
export function finish(code, service, summary, perfdata = [], longLines = []) {
  const head = `${service} ${NAMES[code] ?? 'UNKNOWN'} - ${summary.replace(/[\r\n|]+/g, ' ')}`;
  const tail = perfdata.length > 0 ? ` | ${perfdata.join(' ')}` : '';
  process.stdout.write(`${head}${tail}\n${longLines.map((l) => `${l.replace(/\|/g, '/')}\n`).join('')}`);
  process.exit(code);
}

/** Runs a check's main function; usage errors and surprises exit UNKNOWN rather than crash. */
export function runCheck(service, main) {
  main().catch((error) => {
    const why = error instanceof UsageError ? `usage: ${error.message} (see --help)` : `check failed: ${error?.message ?? error}`;
    finish(UNKNOWN, service, why);
  });
}

/** Milliseconds since `start` (a performance.now() value), rounded to 0.1. */
export function elapsedMs(start) {
  return round(performance.now() - start, 1);
}

/** Rounds to at most `digits` decimals, without trailing zeros. */
export function round(value, digits = 3) {
  return Number(Number(value).toFixed(digits));
}
