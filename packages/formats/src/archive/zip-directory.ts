import { ArchiveError } from './limits';

/** Random access to an archive's bytes: a file on disk (node) or bytes in memory. */
export interface RandomAccess {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export function randomAccessFromBytes(bytes: Uint8Array): RandomAccess {
  return {
    size: bytes.length,
    read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)),
  };
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
  readonly directory: boolean;
}

const EOCD_SIG = 0x06054b50;
const EOCD64_LOCATOR_SIG = 0x07064b50;
const EOCD64_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(v: DataView, at: number): number {
  return Number(v.getBigUint64(at, true));
}

async function findEnd(ra: RandomAccess): Promise<{ count: number; offset: number; size: number }> {
  const tailLength = Math.min(ra.size, 22 + 65_535 + 20);
  const tail = await ra.read(ra.size - tailLength, tailLength);
  const v = view(tail);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (v.getUint32(i, true) !== EOCD_SIG) continue;
    let count = v.getUint16(i + 10, true);
    let size = v.getUint32(i + 12, true);
    let offset = v.getUint32(i + 16, true);
    if (i >= 20 && v.getUint32(i - 20, true) === EOCD64_LOCATOR_SIG) {
      const rec = view(await ra.read(u64(v, i - 12), 56));
      if (rec.getUint32(0, true) !== EOCD64_SIG)
        throw new ArchiveError('ZIP_INVALID', 'broken ZIP64 end record');
      count = u64(rec, 32);
      size = u64(rec, 40);
      offset = u64(rec, 48);
    }
    return { count, offset, size };
  }
  throw new ArchiveError('ZIP_INVALID', 'no zip end-of-central-directory record');
}

function zip64Extra(extra: DataView, entry: { c: number; u: number; o: number }): void {
  for (let p = 0; p + 4 <= extra.byteLength;) {
    const id = extra.getUint16(p, true);
    const len = extra.getUint16(p + 2, true);
    if (id === 0x0001) {
      // ZIP64 values appear only for the fields that overflowed, in this order.
      let q = p + 4;
      const end = p + 4 + len;
      if (entry.u === 0xffffffff && q + 8 <= end) {
        entry.u = u64(extra, q);
        q += 8;
      }
      if (entry.c === 0xffffffff && q + 8 <= end) {
        entry.c = u64(extra, q);
        q += 8;
      }
      if (entry.o === 0xffffffff && q + 8 <= end) entry.o = u64(extra, q);
    }
    p += 4 + len;
  }
}

/** Reads the central directory (the archive's table of contents) without touching member data. */
export async function zipDirectory(ra: RandomAccess): Promise<ZipEntry[]> {
  const end = await findEnd(ra);
  if (end.offset + end.size > ra.size)
    throw new ArchiveError('ZIP_INVALID', 'central directory lies past the end of the file');
  const dir = await ra.read(end.offset, end.size);
  const v = view(dir);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < end.count && p + 46 <= dir.length; i++) {
    if (v.getUint32(p, true) !== CENTRAL_SIG)
      throw new ArchiveError('ZIP_INVALID', 'corrupt central directory');
    const flags = v.getUint16(p + 8, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    const name = decoder.decode(dir.subarray(p + 46, p + 46 + nameLen));
    const sizes = {
      c: v.getUint32(p + 20, true),
      u: v.getUint32(p + 24, true),
      o: v.getUint32(p + 42, true),
    };
    zip64Extra(new DataView(dir.buffer, dir.byteOffset + p + 46 + nameLen, extraLen), sizes);
    entries.push({
      name,
      method: v.getUint16(p + 10, true),
      compressedSize: sizes.c,
      uncompressedSize: sizes.u,
      localHeaderOffset: sizes.o,
      encrypted: (flags & 1) === 1,
      directory: name.endsWith('/'),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Offset of the member's compressed data in the archive. */
export async function zipEntryDataOffset(ra: RandomAccess, entry: ZipEntry): Promise<number> {
  const local = view(await ra.read(entry.localHeaderOffset, 30));
  if (local.byteLength < 30 || local.getUint32(0, true) !== LOCAL_SIG)
    throw new ArchiveError('ZIP_INVALID', `${entry.name}: bad local header`);
  const start = entry.localHeaderOffset + 30 + local.getUint16(26, true) + local.getUint16(28, true);
  if (start + entry.compressedSize > ra.size)
    throw new ArchiveError('ZIP_INVALID', `${entry.name}: data runs past the end of the archive`);
  return start;
}

/** The member's compressed bytes (one member in memory at a time, never the whole archive). */
export async function zipEntryData(ra: RandomAccess, entry: ZipEntry): Promise<Uint8Array> {
  return ra.read(await zipEntryDataOffset(ra, entry), entry.compressedSize);
}

/** A window onto part of another RandomAccess (a stored zip inside a zip, read in place). */
export function randomAccessWindow(ra: RandomAccess, offset: number, size: number): RandomAccess {
  return { size, read: (at, length) => ra.read(offset + at, Math.max(0, Math.min(length, size - at))) };
}
