// The child environment is an allowlist: secrets in the parent stay there unless named.
import { describe, expect, it } from 'vitest';
import { buildChildEnv, FALLBACK_PATH } from '../../src/process/child-env.js';

describe('buildChildEnv', () => {
  const parent = { PATH: '/usr/bin', HOME: '/home/oncall', LANG: 'C.UTF-8', AWS_SECRET_ACCESS_KEY: 's3cr3t', PGPASSWORD: 'pw', GITHUB_TOKEN: 't' };

  it('passes the allowlist and nothing else', () => {
    expect(buildChildEnv(parent, [], {})).toEqual({ PATH: '/usr/bin', HOME: '/home/oncall', LANG: 'C.UTF-8' });
  });

  it('passes variables the definition names, when the parent has them', () => {
    expect(buildChildEnv(parent, ['PGPASSWORD', 'NOT_SET'], {})).toEqual({ PATH: '/usr/bin', HOME: '/home/oncall', LANG: 'C.UTF-8', PGPASSWORD: 'pw' });
  });

  it('lets fixed values override inherited ones', () => {
    expect(buildChildEnv(parent, [], { LANG: 'C', CHECK_URL: 'http://x' })).toMatchObject({ LANG: 'C', CHECK_URL: 'http://x' });
  });

  it('gives a usable PATH when the parent has none', () => {
    expect(buildChildEnv({}, [], {})).toEqual({ PATH: FALLBACK_PATH });
  });
});
