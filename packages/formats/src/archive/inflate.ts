import { Gunzip, Inflate } from 'fflate';
import type { ArchiveLimits } from './limits';
import { ArchiveError } from './limits';

const CHUNK = 16 * 1024;
const RATIO_FLOOR = 1024 * 1024;

/** Accumulates decompressed output and refuses it once it looks like a bomb. */
export class BoundedSink {
  readonly #parts: Uint8Array[] = [];
  #size = 0;
  #inputSize = 0;

  constructor(
    private readonly limits: ArchiveLimits,
    private readonly name: string,
  ) {}

  input(bytes: number): void {
    this.#inputSize += bytes;
  }

  push(chunk: Uint8Array): void {
    this.#size += chunk.length;
    if (this.#size > this.limits.maxMemberBytes) {
      throw new ArchiveError('ZIP_BOMB', `${this.name} inflates past ${this.limits.maxMemberBytes} bytes`);
    }
    if (this.#size > RATIO_FLOOR && this.#size > this.limits.maxRatio * Math.max(1, this.#inputSize)) {
      throw new ArchiveError('ZIP_BOMB', `${this.name} inflates more than ${this.limits.maxRatio}:1`);
    }
    this.#parts.push(chunk);
  }

  get size(): number {
    return this.#size;
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.#size);
    let o = 0;
    for (const p of this.#parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }
}

function pushChunks(
  stream: Inflate | Gunzip,
  bytes: Uint8Array,
  sink: BoundedSink,
  code: 'ZIP_INVALID' | 'GZIP_INVALID',
): void {
  try {
    for (let i = 0; i < bytes.length; i += CHUNK) {
      const end = Math.min(bytes.length, i + CHUNK);
      sink.input(end - i);
      stream.push(bytes.subarray(i, end), end === bytes.length);
    }
    if (bytes.length === 0) stream.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(
      code,
      `cannot decompress: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Raw DEFLATE → bytes, refusing bombs (ZIP_BOMB) and corrupt data (ZIP_INVALID). Throws ArchiveError. */
export function inflateBounded(bytes: Uint8Array, name: string, limits: ArchiveLimits): Uint8Array {
  const sink = new BoundedSink(limits, name);
  const stream = new Inflate((chunk) => sink.push(chunk));
  pushChunks(stream, bytes, sink, 'ZIP_INVALID');
  return sink.bytes();
}

/** gzip → bytes, refusing bombs (ZIP_BOMB) and corrupt data (GZIP_INVALID). Throws ArchiveError. */
export function gunzipBounded(bytes: Uint8Array, name: string, limits: ArchiveLimits): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b)
    throw new ArchiveError('GZIP_INVALID', `${name} is not gzip data`);
  const sink = new BoundedSink(limits, name);
  const stream = new Gunzip((chunk) => sink.push(chunk));
  pushChunks(stream, bytes, sink, 'GZIP_INVALID');
  return sink.bytes();
}
