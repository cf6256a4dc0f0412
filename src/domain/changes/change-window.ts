/** The time window of the "what changed" view: a span before detection, plus everything since. */
import { DomainError } from '../domain-error.js';

/** The steps `w` moves through when widening or narrowing the window. */
export const WINDOW_STEPS_MS = [
  15 * 60_000,
  30 * 60_000,
  3_600_000,
  2 * 3_600_000,
  4 * 3_600_000,
  8 * 3_600_000,
  24 * 3_600_000,
  3 * 86_400_000,
  7 * 86_400_000,
] as const;

export interface ChangeWindow {
  /** ISO time the incident was detected (or now, without an incident). */
  detectedAt: string;
  /** How far before detection the view reaches. */
  windowMs: number;
  /** Start of the window, ms since the epoch. */
  sinceMs: number;
}

/** The window reaching `windowMs` before detection. */
export function changeWindow(detectedAt: string, windowMs: number): ChangeWindow {
  const detectedMs = Date.parse(detectedAt);
  if (Number.isNaN(detectedMs)) throw new DomainError(`detection time "${detectedAt}" is not a date/time`);
  return { detectedAt: new Date(detectedMs).toISOString(), windowMs, sinceMs: detectedMs - windowMs };
}

/** The next larger step (a size between steps goes to the step above it); the largest stays. */
export function widenWindow(windowMs: number): number {
  return WINDOW_STEPS_MS.find((step) => step > windowMs) ?? Math.max(windowMs, WINDOW_STEPS_MS.at(-1)!);
}

/** The next smaller step; the smallest stays. */
export function narrowWindow(windowMs: number): number {
  return [...WINDOW_STEPS_MS].reverse().find((step) => step < windowMs) ?? Math.min(windowMs, WINDOW_STEPS_MS[0]);
}

/** One key for both directions: widen step by step, then start again from the smallest. */
export function cycleWindow(windowMs: number): number {
  const widened = widenWindow(windowMs);
  return widened === windowMs ? WINDOW_STEPS_MS[0] : widened;
}

/** "15m", "2h", "1h30m", "3d": how the window reads in a header or a flag. */
export function windowLabel(windowMs: number): string {
  const minutes = Math.round(windowMs / 60_000);
  if (minutes % 1440 === 0) return `${minutes / 1440}d`;
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours}h` : `${hours}h${String(rest).padStart(2, '0')}m`;
}
