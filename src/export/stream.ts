import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes one chunk, waiting for the stream to drain when its buffer is full, so memory stays bounded. */
export async function writeChunk(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}
