/**
 * OSC 52 "set clipboard" sequences: the terminal on the responder's own machine puts the
 * text on its clipboard, which works over SSH where no clipboard tool can reach the laptop.
 */

const ESC = '\u001b';
const BEL = '\u0007';

export type Osc52Passthrough = 'none' | 'tmux';

/** Base64 of the text's UTF-8 bytes (btoa alone only takes Latin-1). */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  // Chunked so a long update does not overflow the argument limit of fromCharCode.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * `ESC ] 52 ; c ; BASE64 BEL`. Inside tmux the sequence is wrapped in tmux's DCS passthrough
 * (`ESC P tmux; ... ESC \`, every ESC inside doubled) so it reaches the outer terminal; that
 * needs `set -g allow-passthrough on` in tmux 3.3 and later.
 */
export function osc52Sequence(text: string, passthrough: Osc52Passthrough = 'none'): string {
  const sequence = `${ESC}]52;c;${base64Utf8(text)}${BEL}`;
  if (passthrough === 'none') return sequence;
  return `${ESC}Ptmux;${sequence.replaceAll(ESC, ESC + ESC)}${ESC}\\`;
}

/** Which wrapping the environment needs: tmux sets $TMUX in every pane. */
export function detectPassthrough(env: Readonly<Record<string, string | undefined>>): Osc52Passthrough {
  return env['TMUX'] ? 'tmux' : 'none';
}
