/** Who runs the incident's current action, and whether that warroom process is gone. */
import type { IncidentState } from '../incident-state.js';

export interface RunOwner {
  pid: number;
  host: string;
}

/** Whether the process that started the running action is known to be gone (the caller checks pids: IO). */
export type OwnerGone = (owner: RunOwner) => boolean;

/** The running action was started by a warroom process that has since died: nothing will ever record its end. */
export function isAbandoned(running: IncidentState['runningAction'], ownerGone: OwnerGone | undefined): boolean {
  return running?.pid !== undefined && running.host !== undefined && ownerGone?.({ pid: running.pid, host: running.host }) === true;
}
