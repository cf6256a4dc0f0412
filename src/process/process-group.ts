/**
 * Signals for whole process groups. Every child runs as the leader of its own group, so
 * one signal reaches it and everything it forked (a shell's `sleep`, a plugin's helper).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Sends a signal to every process in the group; false when the group no longer exists. */
export function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    // ESRCH: nobody left in the group. EPERM cannot happen for our own children.
    return false;
  }
}

/**
 * Whether any process of the group is still running. A group whose members are all zombies
 * counts as gone: they hold no pipes and no resources, and an init that does not reap (some
 * containers) would otherwise make every group look alive forever.
 */
export function groupHasLiveMembers(pgid: number): boolean {
  if (!signalGroup(pgid, 0)) return false;
  if (process.platform !== 'linux') return true;
  return liveMembersFromProc(pgid).length > 0;
}

/** Pids of the group's non-zombie members, read from /proc (Linux only). */
export function liveMembersFromProc(pgid: number): number[] {
  const members: number[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return members;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited while we were looking
    }
    // The command name may contain spaces and parentheses: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const state = fields[0];
    const group = Number(fields[2]);
    if (group === pgid && state !== 'Z' && state !== 'X') members.push(Number(entry));
  }
  return members;
}
