/** Hands the update to a program of the team's choosing (argv, no shell); the text arrives on stdin. */
import { buildChildEnv, runProcess } from '../../process/run-process.js';
import { settle, type UpdateTarget } from './target.js';

export interface CommandTargetOptions {
  argv: string[];
  cwd: string;
  timeoutMs: number;
  parentEnv: NodeJS.ProcessEnv;
  passEnv: string[];
  env: Record<string, string>;
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1)?.trim().slice(0, 200) ?? '';
}

/** A command target: success is exit status 0 within the timeout. */
export function commandTarget(name: string, options: CommandTargetOptions): UpdateTarget {
  return {
    name,
    post: (message) =>
      settle(name, async () => {
        const result = await runProcess({
          argv: options.argv,
          cwd: options.cwd,
          timeoutMs: options.timeoutMs,
          input: `${message.text.trim()}\n`,
          maxOutputBytes: 16 * 1024,
          env: buildChildEnv(options.parentEnv, options.passEnv, {
            ...options.env,
            WARROOM_INCIDENT: message.incidentId,
            WARROOM_SEVERITY: message.severity,
            WARROOM_STATUS: message.status,
            WARROOM_UPDATE_KIND: message.kind,
            WARROOM_UPDATE_AUDIENCE: message.audience,
          }),
        });
        if (result.error) throw new Error(result.error);
        if (result.exitCode !== 0) {
          const why = lastLine(result.stderr) || lastLine(result.stdout);
          const how = result.signal ? `killed by ${result.signal}` : `exit ${result.exitCode}`;
          throw new Error(`${options.argv[0]} failed (${how})${why ? `: ${why}` : ''}`);
        }
        const said = lastLine(result.stdout);
        return { detail: `${options.argv[0]} exit 0${said ? `: ${said}` : ''}` };
      }),
  };
}
