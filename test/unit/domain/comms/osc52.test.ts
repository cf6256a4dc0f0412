import { describe, expect, it } from 'vitest';
import { base64Utf8, detectPassthrough, osc52Sequence } from '../../../../src/domain/comms/osc52.js';

describe('OSC 52 sequences', () => {
  it('encodes the UTF-8 bytes in base64 between ESC ] 52 ; c ; and BEL', () => {
    expect(osc52Sequence('hi')).toBe('\u001b]52;c;aGk=\u0007');
    expect(base64Utf8('Zürich — 03:10 UTC')).toBe(Buffer.from('Zürich — 03:10 UTC', 'utf8').toString('base64'));
    const long = 'x'.repeat(100_000) + 'é';
    expect(base64Utf8(long)).toBe(Buffer.from(long, 'utf8').toString('base64'));
  });

  it('inside tmux wraps the sequence in DCS passthrough with every ESC doubled', () => {
    expect(osc52Sequence('hi', 'tmux')).toBe('\u001bPtmux;\u001b\u001b]52;c;aGk=\u0007\u001b\\');
    expect(detectPassthrough({ TMUX: '/tmp/tmux-1000/default,123,0' })).toBe('tmux');
    expect(detectPassthrough({})).toBe('none');
  });
});
