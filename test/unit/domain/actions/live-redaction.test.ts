/** What an action prints is redacted while it streams, however the chunks are cut. */
import { describe, expect, it } from 'vitest';
import { createLiveRedactor } from '../../../../src/domain/actions/live-redaction.js';
import { createRedactor } from '../../../../src/domain/redaction.js';

const TOKEN = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';
const KEY = ['-----BEGIN PRIVATE KEY-----', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7', 'c2VjcmV0IGtleSBtYXRlcmlhbA==', '-----END PRIVATE KEY-----'].join('\n');

/** Feeds `chunks`, returning every emitted piece and the text they make. */
function stream(chunks: readonly string[], extra: string[] = []) {
  const pieces: string[] = [];
  const live = createLiveRedactor(createRedactor(extra).text, (text) => pieces.push(text));
  for (const chunk of chunks) live.write(chunk);
  const beforeEnd = pieces.join('');
  live.end();
  return { pieces, beforeEnd, text: pieces.join('') };
}

/** Every way of cutting `text` into two chunks. */
const cuts = (text: string) => Array.from({ length: text.length + 1 }, (_, i) => [text.slice(0, i), text.slice(i)]);

describe('createLiveRedactor', () => {
  it('a token or a secret setting cut anywhere between chunks never shows, in any piece', () => {
    const output = `deploying\ntoken ${TOKEN} used\npassword=hunter2secret\ndone\n`;
    for (const chunks of cuts(output)) {
      const { pieces, text } = stream(chunks);
      expect(text).toBe('deploying\ntoken [REDACTED] used\npassword=[REDACTED]\ndone\n');
      expect(pieces.join('\n')).not.toMatch(/hunter2|ghp_|abcdefghij/);
    }
  });

  it('a private key block is held until its END line, then shown as one redacted block; lines before it go out at once', () => {
    const { pieces, text } = stream(['starting\n', `${KEY.slice(0, 40)}`, `${KEY.slice(40)}\nafter\n`]);
    expect(pieces[0]).toBe('starting\n');
    expect(text).toBe('starting\n-----BEGIN PRIVATE KEY-----[REDACTED]-----END PRIVATE KEY-----\nafter\n');
    // A block cut off by the end of the output keeps its secret hidden too.
    expect(stream(['-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n']).text).toBe('-----BEGIN PRIVATE KEY-----[REDACTED]');
  });

  it('an unfinished line waits for its end (or for a carriage return, as progress lines use), and is shown when the process ends', () => {
    const progress = stream(['10%\r', '50%\r', 'Waiting for']);
    expect(progress.beforeEnd).toBe('10%\r50%\r');
    expect(progress.text).toBe('10%\r50%\rWaiting for');
  });

  it('the configured extra patterns apply, and a very long line without a break is passed on at a space', () => {
    expect(stream(['id=cust-12345 ok\n'], ['cust-\\d+']).text).toBe('id=[REDACTED] ok\n');
    const long = `${'x'.repeat(5000)} tail`;
    const { beforeEnd } = stream([long]);
    expect(beforeEnd).toBe(`${'x'.repeat(5000)} `);
  });

  it('a key block too long to hold shows only its BEGIN line; what follows its END line shows again', () => {
    const body = `${'QUJD'.repeat(20_000)}\n`;
    const { text } = stream(['-----BEGIN PRIVATE KEY-----\n', body, body, '-----END PRIVATE KEY-----\nback\n']);
    expect(text).toBe('-----BEGIN PRIVATE KEY-----[REDACTED]\nback\n');
  });
});
