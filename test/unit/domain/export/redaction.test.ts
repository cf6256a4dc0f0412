import { describe, expect, it } from 'vitest';
import { createRedactor, REDACTED, redactEvents } from '../../../../src/domain/redaction.js';
import type { IncidentEvent } from '../../../../src/domain/events.js';
import { PLANTED_SECRETS, SITE_PATTERN, SITE_SECRET } from '../../../fixtures/planted-secrets.js';

const redactor = createRedactor([SITE_PATTERN]);

describe('redaction', () => {
  it.each(PLANTED_SECRETS)('hides $shape', ({ text, secret }) => {
    const out = redactor.text(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(REDACTED);
  });

  it('keeps what is needed to understand the line: scheme, user, host, key names', () => {
    expect(redactor.text('postgres://app:pw12345@db-1:5432/shop')).toBe(`postgres://app:${REDACTED}@db-1:5432/shop`);
    expect(redactor.text('Authorization: Bearer abcdefghijklmnop')).toBe(`Authorization: Bearer ${REDACTED}`);
    expect(redactor.text('DB_PASSWORD=hunter22 ./migrate')).toBe(`DB_PASSWORD=${REDACTED} ./migrate`);
    expect(redactor.text('{"password": "a b c"}')).toBe(`{"password": "${REDACTED}"}`);
    expect(redactor.text('DB_PASS=x9 mysql -u app -px9 shop')).toBe(`DB_PASS=${REDACTED} mysql -u app -p${REDACTED} shop`);
  });

  it('leaves ordinary incident text alone', () => {
    const plain = [
      'http://checkout.internal:8080/health returned 502',
      'password reset emails are delayed',
      'tokens per second dropped to 0; see https://grafana.example.com/d/abc?from=now-1h',
      'deploy 3f2a9c1 by bob at 03:12Z, AKIA prefix discussed',
      'bearer of bad news: checkout is down',
      'ran mysql -p and typed the password at the prompt',
      'mysql -p shop asked for the password; mysql -h db -P 3306 connected',
      'skip the canary; the task-force uses sk-learn and a risk-adjusted-sk-plan',
      'checks pass: 3 of 3, bypass=false, second-pass: clean',
    ];
    for (const line of plain) expect(redactor.text(line)).toBe(line);
  });

  it('is idempotent, so text that was redacted once is stable', () => {
    for (const { text } of PLANTED_SECRETS) {
      const once = redactor.text(text);
      expect(redactor.text(once)).toBe(once);
    }
  });

  it('applies configured extra patterns only when configured', () => {
    expect(redactor.text(SITE_SECRET.text)).not.toContain(SITE_SECRET.secret);
    expect(createRedactor().text(SITE_SECRET.text)).toContain(SITE_SECRET.secret);
  });

  it('refuses extra patterns that do not compile or match empty text, naming the entry', () => {
    expect(() => createRedactor(['ok', '(unclosed'])).toThrow(/export\.redact\[1\] "\(unclosed" is not a valid regular expression/);
    expect(() => createRedactor(['a*'])).toThrow(/export\.redact\[0\] "a\*" matches empty text/);
  });

  it('redacts deep values: nested strings, secret-named fields, and the value after a secret flag in argv', () => {
    const value = {
      argv: ['psql', '--password', 'hunter2', '-h', 'db'],
      mysql: ['/usr/bin/mysql', '-u', 'app', '-phunter3', '-p', 'shop'],
      nested: [{ note: 'token=abc123' }],
      apiKey: 'short',
      db_pass: 'short2',
      count: 3,
    };
    expect(redactor.deep(value)).toEqual({
      argv: ['psql', '--password', REDACTED, '-h', 'db'],
      mysql: ['/usr/bin/mysql', '-u', 'app', `-p${REDACTED}`, '-p', 'shop'],
      nested: [{ note: `token=${REDACTED}` }],
      apiKey: REDACTED,
      db_pass: REDACTED,
      count: 3,
    });
    // Outside a MySQL client, -pVALUE is an ordinary option (ssh -p2222, tar -pczf).
    expect(redactor.deep(['ssh', '-p2222', 'bastion'])).toEqual(['ssh', '-p2222', 'bastion']);
    expect(value.argv[2]).toBe('hunter2');
  });

  it('redacts event actor and data but keeps the envelope (ids, times, hashes)', () => {
    const event: IncidentEvent = {
      id: 'evt-000001', seq: 1, incidentId: 'INC-1', at: '2026-11-22T03:00:00.000Z', actor: 'ops password=x1',
      type: 'note.added', data: { text: 'secret=abc' }, prevHash: '0'.repeat(64), hash: 'f'.repeat(64),
    };
    const [out] = redactEvents([event], redactor);
    expect(out).toEqual({ ...event, actor: `ops password=${REDACTED}`, data: { text: `secret=${REDACTED}` } });
  });
});
