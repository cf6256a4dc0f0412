/** Identifies the warroom process running an action, and tells when such a process has died. */
import { hostname } from 'node:os';
import type { RunOwner } from '../domain/actions/running-action.js';

/** This process, as recorded on `action.started`. */
export function thisOwner(): RunOwner {
  return { pid: process.pid, host: hostname() };
}

/** Gone only when it ran on this host and no process has its pid; another host's process cannot be checked. */
export function ownerGone(owner: RunOwner): boolean {
  if (owner.host !== hostname() || owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; only ESRCH means nobody has the pid.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
