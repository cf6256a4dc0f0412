/** The loopback PostgreSQL and Redis the integration tests need; a test fails (never skips) without them. */
import { connect } from 'node:net';

export const POSTGRES_URL = 'postgresql://warroom@127.0.0.1:5432/warroom';
export const POSTGRES_PASSWORD = 'warroom';
export const REDIS = { host: '127.0.0.1', port: 6379 };

/** Throws a message saying how to start the servers when host:port does not accept connections. */
export async function requireServer(name: string, host: string, port: number): Promise<void> {
  const reachable = await new Promise<boolean>((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
  if (!reachable) throw new Error(`${name} is not reachable at ${host}:${port}: run \`bash scripts/test-services.sh\` first`);
}

/** Both test servers must be up. */
export async function requireTestServices(): Promise<void> {
  await requireServer('PostgreSQL', '127.0.0.1', 5432);
  await requireServer('Redis', REDIS.host, REDIS.port);
}
