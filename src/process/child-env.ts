/**
 * The environment a child process gets: a short allowlist of harmless variables, the ones
 * a definition names explicitly, and fixed values. The console's own secrets (tokens,
 * passwords, cloud credentials) never reach a check or an action unless it asks for them.
 */

/** Variables every child gets when the parent has them: locale, identity, paths, TLS trust. */
export const BASE_ENV_ALLOWLIST = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'LANG',
  'LANGUAGE',
  'LC_ALL',
  'LC_CTYPE',
  'LC_MESSAGES',
  'TZ',
  'TMPDIR',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
] as const;

/** Used when the parent has no PATH at all (cron, stripped service environments). */
export const FALLBACK_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Builds a child environment: allowlist + named passthrough + extra; nothing else leaks. */
export function buildChildEnv(
  parent: NodeJS.ProcessEnv,
  passEnv: readonly string[],
  extra: Readonly<Record<string, string>>,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of [...BASE_ENV_ALLOWLIST, ...passEnv]) {
    const value = parent[name];
    if (value !== undefined) env[name] = value;
  }
  env['PATH'] ??= FALLBACK_PATH;
  return { ...env, ...extra };
}
