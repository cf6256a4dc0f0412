import { describe, expect, it } from 'vitest';
import { changeWindow, cycleWindow, narrowWindow, widenWindow, windowLabel, WINDOW_STEPS_MS } from '../../../../src/domain/changes/change-window.js';

const H = 3_600_000;

describe('the change window', () => {
  it('starts the configured span before detection', () => {
    expect(changeWindow('2026-11-22T03:00:00.000Z', 2 * H).sinceMs).toBe(Date.parse('2026-11-22T01:00:00.000Z'));
  });

  it('widens and narrows by steps, snapping sizes between steps, and stops at the ends', () => {
    expect(widenWindow(2 * H)).toBe(4 * H);
    expect(narrowWindow(2 * H)).toBe(H);
    expect(widenWindow(90 * 60_000)).toBe(2 * H);
    expect(narrowWindow(90 * 60_000)).toBe(H);
    expect(widenWindow(WINDOW_STEPS_MS.at(-1)!)).toBe(WINDOW_STEPS_MS.at(-1));
    expect(narrowWindow(WINDOW_STEPS_MS[0])).toBe(WINDOW_STEPS_MS[0]);
    expect(narrowWindow(60_000)).toBe(60_000);
    expect(cycleWindow(WINDOW_STEPS_MS.at(-1)!)).toBe(WINDOW_STEPS_MS[0]);
    expect(cycleWindow(H)).toBe(2 * H);
  });

  it('labels windows compactly', () => {
    expect([15 * 60_000, 2 * H, 90 * 60_000, 24 * H, 3 * 24 * H].map(windowLabel)).toEqual(['15m', '2h', '1h30m', '1d', '3d']);
  });
});
