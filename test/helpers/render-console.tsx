/** Renders the console's React tree with ink-testing-library over a console harness. */
import { render } from 'ink-testing-library';
import { afterEach } from 'vitest';
import { App } from '../../src/tui/App.js';
import { createConsoleHarness, type ConsoleHarness, type HarnessOptions } from './console-harness.js';

export interface RenderedConsole {
  frame(): string;
  /** Waits until the last frame satisfies the condition; fails with the frame after the deadline. */
  waitFor(condition: string | RegExp | ((frame: string) => boolean), timeoutMs?: number): Promise<string>;
  unmount(): void;
}

const matches = (condition: string | RegExp | ((frame: string) => boolean), frame: string) =>
  typeof condition === 'string' ? frame.includes(condition) : condition instanceof RegExp ? condition.test(frame) : condition(frame);

/** Renders `<App>` for the harness; the viewport is the one in the harness's store. */
export function renderConsole(harness: ConsoleHarness): RenderedConsole {
  const instance = render(<App store={harness.store} env={harness.env} />);
  const frame = () => instance.lastFrame() ?? '';
  return {
    frame,
    async waitFor(condition, timeoutMs = 3000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const current = frame();
        if (matches(condition, current)) return current;
        if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${String(condition)}; the last frame was:\n${current}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    unmount: () => instance.unmount(),
  };
}

/** Per-test harness and rendering, torn down after each test of the calling file. */
export function consoleFixtures(): { harness(options?: HarnessOptions): Promise<ConsoleHarness>; render(harness: ConsoleHarness): RenderedConsole } {
  const harnesses: ConsoleHarness[] = [];
  const views: RenderedConsole[] = [];
  afterEach(async () => {
    for (const view of views.splice(0)) view.unmount();
    for (const harness of harnesses.splice(0)) await harness.close();
  });
  return {
    async harness(options) {
      const harness = await createConsoleHarness(options);
      harnesses.push(harness);
      return harness;
    },
    render(harness) {
      const view = renderConsole(harness);
      views.push(view);
      return view;
    },
  };
}
