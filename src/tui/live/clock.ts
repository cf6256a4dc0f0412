/** The console's clock: one tick per second, on the second, so countdowns change together. */
import type { ConsoleAction } from '../state/console-state.js';

export interface Clock {
  stop(): void;
}

/** Dispatches `clock/tick` every whole second until stopped. */
export function startClock(dispatch: (action: ConsoleAction) => void, now: () => Date): Clock {
  let interval: NodeJS.Timeout | undefined;
  const tick = () => dispatch({ type: 'clock/tick', now: now().getTime() });
  const first = setTimeout(() => {
    tick();
    interval = setInterval(tick, 1000);
  }, 1000 - (now().getTime() % 1000));
  return {
    stop() {
      clearTimeout(first);
      clearInterval(interval);
    },
  };
}
