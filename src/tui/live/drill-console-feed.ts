/**
 * Brings a drill's reports into the console: each check result of the drill's loop shows as a
 * run of this console (so the checks pane's ages follow the loop, and its details have output),
 * a check turning bad while nothing is declared flashes a prompt to declare, and a fault that
 * could not be injected flashes as an error.
 */
import { isOpen } from '../../domain/incident-state.js';
import type { DrillFeed, DrillFeedEvent } from '../../drill/drill-feed.js';
import { checkFinished } from '../commands/checks-commands.js';
import type { CommandEnv } from '../commands/command-env.js';

/** How a new bad state reads before anything is declared: "shop-health CRITICAL — declare with d". */
export function declarePrompt(name: string, status: string): string {
  return `${name} ${status} — declare with d`;
}

/** Subscribes to the feed; results reported before the console started are shown first. */
export function startDrillConsoleFeed(env: CommandEnv, feed: DrillFeed): { stop(): void } {
  const show = (event: DrillFeedEvent) => {
    if (event.kind === 'problem') {
      env.store.dispatch({ type: 'flash/show', text: `drill: ${event.text}`, tone: 'error' });
      return;
    }
    const { result, previous } = event;
    const state = env.store.getState();
    // A run this console started itself is in flight: its own result will show.
    if (state.checkRuns.running[result.name] === undefined) checkFinished(env, result);
    const declared = state.data.incidents.some(isOpen);
    if (!declared && result.status !== 'OK' && result.status !== previous) {
      env.store.dispatch({ type: 'flash/show', text: declarePrompt(result.name, result.status), tone: result.status === 'WARNING' ? 'warning' : 'error' });
    }
  };
  for (const result of Object.values(feed.snapshot().results)) show({ kind: 'check', result, previous: undefined });
  return { stop: feed.subscribe(show) };
}
