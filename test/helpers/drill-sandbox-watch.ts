/** What a running drill's sandbox consists of, read from outside: its directory, processes and ports. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'node:net';

export interface DrillParts {
  dir: string;
  ports: number[];
  pids: number[];
}

/** The sandbox directory the drill printed while building it. */
export function sandboxDirFrom(output: string): string | undefined {
  return /shop instance in (\/\S+?)\/shop:/.exec(output.replace(/\r?\n/g, ''))?.[1];
}

function pidIn(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Processes whose command line mentions `text`, or that are the redis-server on one of `ports`. */
function pidsOf(text: string, ports: number[]): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (cmdline.includes(text) || ports.some((p) => cmdline.includes('redis-server') && cmdline.includes(`:${p}`))) found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** Pids and ports of the sandbox at this moment. */
export function drillParts(dir: string, redisPort: number | undefined): DrillParts {
  const settings = JSON.parse(readFileSync(join(dir, 'shop', 'settings.json'), 'utf8')) as { port: number; database?: { relayPort: number } };
  const ports = [settings.port, settings.database?.relayPort, redisPort].filter((p): p is number => p !== undefined);
  const files = ['shop.pid', 'worker.pid', 'db-relay.pid'].map((f) => pidIn(join(dir, 'shop', f)));
  const pids = [...new Set([...files.filter((p): p is number => p !== undefined), ...pidsOf(dir, redisPort ? [redisPort] : [])])];
  return { dir, ports, pids };
}

/** Whether something accepts connections on 127.0.0.1:port. */
export function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (yes: boolean) => {
      socket.destroy();
      resolve(yes);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
