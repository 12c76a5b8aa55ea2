import { once } from 'node:events';
import type { Writable } from 'node:stream';

export const STREAM_DEFAULTS = {
  /** Characters gathered before they go to the stream as one chunk: few writes, and memory stays bounded. */
  chunkChars: 64 * 1024,
  /** Bytes the stream may hold unwritten before the writer waits for it to drain, so writing overlaps the next chunk. */
  aheadBytes: 1024 * 1024,
};

/**
 * Gathers the many small pieces of an export and writes them to a stream in large chunks;
 * `write` only waits when the stream is behind, and `flush` writes what is left (the stream stays open).
 */
export class ChunkedWriter {
  private pieces: string[] = [];
  private chars = 0;

  constructor(
    private readonly out: Writable,
    private readonly options: typeof STREAM_DEFAULTS = STREAM_DEFAULTS,
  ) {}

  async write(text: string): Promise<void> {
    this.pieces.push(text);
    this.chars += text.length;
    if (this.chars >= this.options.chunkChars) await this.send();
  }

  async flush(): Promise<void> {
    if (this.chars > 0) await this.send();
  }

  private async send(): Promise<void> {
    const chunk = this.pieces.join('');
    this.pieces = [];
    this.chars = 0;
    if (!this.out.write(chunk) && this.out.writableLength >= this.options.aheadBytes) await once(this.out, 'drain');
  }
}
