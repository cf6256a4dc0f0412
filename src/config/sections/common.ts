/** Schema pieces shared by several config sections. */
import { z } from 'zod';
import { parseDurationText } from '../../domain/duration-text.js';

/** A duration as "30s", "15m", "2h" or a number of seconds; parsed to milliseconds. */
export const durationSchema = z.union([z.number().positive(), z.string()]).transform((value, ctx) => {
  const ms = typeof value === 'number' ? value * 1_000 : parseDurationText(value);
  if (ms === undefined || ms <= 0) {
    ctx.addIssue({ code: 'custom', message: `expected a duration such as "30s", "15m" or "2h", got "${String(value)}"` });
    return z.NEVER;
  }
  return ms;
});

/** A command as an argv array: never a shell string. */
export const argvSchema = z
  .array(z.string().min(1, 'argv elements must not be empty'), {
    error: 'expected the command as an argv list, e.g. ["checks/check_http", "--url", "http://..."]',
  })
  .min(1, 'the command needs at least the program to run');

/**
 * Extra environment for a child process: fixed values. YAML reads `PORT: 5432` or `DEBUG: true`
 * as a number or a boolean; the child gets them as strings ("5432", "true"). Quote a value to
 * keep it exactly as written ("1.0", "0755").
 */
export const childEnvSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean()], { error: 'expected a value: a string, a number or true/false' }).transform(String),
);
