/** Who is acting: --actor, else WARROOM_ACTOR, else the OS user (with the SSH client address). */
import { userInfo } from 'node:os';

/** Resolves the actor name recorded on every event. */
export function resolveActor(explicit: string | undefined, env: NodeJS.ProcessEnv): string {
  const named = explicit?.trim() || env['WARROOM_ACTOR']?.trim();
  if (named) return named;
  let user = env['USER'] ?? env['LOGNAME'] ?? 'unknown';
  try {
    user = userInfo().username || user;
  } catch {
    // No passwd entry (some containers): keep the environment's name.
  }
  const sshClient = env['SSH_CLIENT'] ?? env['SSH_CONNECTION'];
  const address = sshClient?.split(' ')[0];
  return address ? `${user}@${address}` : user;
}
