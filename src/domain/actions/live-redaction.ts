/**
 * Redaction of an action's output while it streams, so a credential it prints never reaches a
 * shared screen (console or terminal) either, not only the stored tail. Chunks arrive split
 * anywhere, so text is passed on only up to a line end (`\n`, or `\r` for progress lines) and
 * redacted as whole lines; a private key block is held until its END line, so the block rule sees
 * it whole. Pure: the redaction itself is the caller's (src/domain/redaction.ts).
 */

export interface LiveRedactor {
  /** Takes a raw chunk; emits what can be shown of it now, redacted. */
  write(chunk: string): void;
  /** The process ended: emits what is still held, redacted. */
  end(): void;
}

/** An unfinished line longer than this is passed on anyway (cut at a space, where no token is split). */
const MAX_PARTIAL = 4_096;
/** A key block still open after this much text is hidden up to its END line instead of held. */
const MAX_HELD_BLOCK = 65_536;
const OPEN_KEY_BLOCK = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----(?![\s\S]*-----END )/;
const KEY_BLOCK_END = /-----END [A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----[^\n]*\n?/;

/** A redactor for one stream: `redact` is applied to whole lines, `emit` gets the result. */
export function createLiveRedactor(redact: (text: string) => string, emit: (text: string) => void): LiveRedactor {
  let pending = '';
  // Past an over-long open key block: everything up to its END line is dropped.
  let skipping = false;
  const send = (text: string) => {
    if (text !== '') emit(redact(text));
  };
  const skipBlock = (text: string): string | undefined => {
    const end = KEY_BLOCK_END.exec(text);
    if (!end) return undefined;
    skipping = false;
    return text.slice(end.index + end[0].length);
  };
  return {
    write(chunk) {
      let text = pending + chunk;
      pending = '';
      if (skipping) {
        const after = skipBlock(text);
        if (after === undefined) {
          // Keep a little, in case the END marker is split across chunks.
          pending = text.slice(-64);
          return;
        }
        text = after;
      }
      const open = OPEN_KEY_BLOCK.exec(text);
      if (open) {
        // Lines before the block go out now; the block waits for its END line.
        const start = text.lastIndexOf('\n', open.index) + 1;
        send(text.slice(0, start));
        const block = text.slice(start);
        if (block.length <= MAX_HELD_BLOCK) {
          pending = block;
          return;
        }
        // Too long to hold: its BEGIN line is shown, the rest is dropped up to its END line.
        const lineEnd = block.indexOf('\n');
        emit(`${redact(lineEnd < 0 ? block : block.slice(0, lineEnd))}\n`);
        skipping = true;
        pending = block.slice(-64);
        return;
      }
      let cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
      if (cut === 0 && text.length > MAX_PARTIAL) cut = text.lastIndexOf(' ') + 1 || text.length;
      send(text.slice(0, cut));
      pending = text.slice(cut);
    },
    end() {
      if (!skipping) send(pending);
      pending = '';
      skipping = false;
    },
  };
}
