/**
 * Keeps only the last N bytes of a stream, so a child that prints gigabytes costs us a
 * fixed amount of memory while the end of its output (usually the error) survives.
 * The first line is kept apart as well (up to FIRST_LINE_MAX_BYTES): by the Nagios plugin
 * convention it carries the summary and the perfdata, however much detail follows it.
 */
export const FIRST_LINE_MAX_BYTES = 4 * 1024;

export class OutputTail {
  private chunks: Buffer[] = [];
  private size = 0;
  private dropped = false;
  private head: Buffer[] = [];
  private headSize = 0;
  private headDone = false;

  constructor(private readonly maxBytes: number) {}

  /** Adds a chunk, dropping the oldest bytes beyond the limit. */
  push(chunk: Buffer): void {
    this.keepFirstLine(chunk);
    if (this.maxBytes <= 0) {
      this.dropped ||= chunk.length > 0;
      return;
    }
    if (chunk.length >= this.maxBytes) {
      this.dropped ||= this.size > 0 || chunk.length > this.maxBytes;
      this.chunks = [chunk.length === this.maxBytes ? chunk : Buffer.from(chunk.subarray(chunk.length - this.maxBytes))];
      this.size = this.maxBytes;
      return;
    }
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.maxBytes) {
      const first = this.chunks[0]!;
      const excess = this.size - this.maxBytes;
      if (first.length <= excess) {
        this.chunks.shift();
        this.size -= first.length;
      } else {
        // Copy so the kept slice does not pin the whole original chunk in memory.
        this.chunks[0] = Buffer.from(first.subarray(excess));
        this.size -= excess;
      }
      this.dropped = true;
    }
  }

  private keepFirstLine(chunk: Buffer): void {
    if (this.headDone) return;
    const newline = chunk.indexOf(0x0a);
    const room = FIRST_LINE_MAX_BYTES - this.headSize;
    const take = Math.min(newline < 0 ? chunk.length : newline, room);
    // A copy, so the kept line does not pin the whole chunk.
    if (take > 0) this.head.push(Buffer.from(chunk.subarray(0, take)));
    this.headSize += take;
    this.headDone = newline >= 0 || this.headSize >= FIRST_LINE_MAX_BYTES;
  }

  /** The stream's first line (without its newline, at most FIRST_LINE_MAX_BYTES), even once the tail has dropped it. */
  firstLine(): string {
    return Buffer.concat(this.head, this.headSize).toString('utf8').replace(/\uFFFD+$/, '');
  }

  /** Whether any output was dropped. */
  get truncated(): boolean {
    return this.dropped;
  }

  /** The kept bytes as UTF-8; a character cut in half at the front is removed. */
  text(): string {
    const decoded = Buffer.concat(this.chunks, this.size).toString('utf8');
    return this.dropped ? decoded.replace(/^\uFFFD+/, '') : decoded;
  }
}
