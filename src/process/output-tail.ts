/**
 * Keeps only the last N bytes of a stream, so a child that prints gigabytes costs us a
 * fixed amount of memory while the end of its output (usually the error) survives.
 */
export class OutputTail {
  private chunks: Buffer[] = [];
  private size = 0;
  private dropped = false;

  constructor(private readonly maxBytes: number) {}

  /** Adds a chunk, dropping the oldest bytes beyond the limit. */
  push(chunk: Buffer): void {
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
