/** Starts the loopback PostgreSQL and Redis the integration tests use (idempotent). */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  const script = join(import.meta.dirname, '..', 'scripts', 'test-services.sh');
  try {
    execFileSync('bash', [script], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`could not start the test servers (PostgreSQL, Redis) with scripts/test-services.sh: ${stderr || (error as Error).message}. Run scripts/setup.sh first.`);
  }
}
