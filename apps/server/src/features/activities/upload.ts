import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { UploadOutcome } from '@upright/api-contract';
import type { FastifyRequest } from 'fastify';
import type { UploadedFile } from '../../deps';

export interface ReceivedUpload {
  readonly files: UploadedFile[];
  /** Files refused while receiving (over the size limit). */
  readonly refused: UploadOutcome[];
  readonly dir: string;
}

/**
 * A safe name for the temp copy: a counter plus the client's extension when it is one we read (the
 * archive walker picks zips and .gz by extension). The client's name is kept only as a label.
 */
function tempName(index: number, clientName: string): string {
  const ext = /\.(zip|gz|fit|tcx|gpx)$/i.exec(clientName)?.[0]?.toLowerCase() ?? '';
  return `upload-${String(index).padStart(5, '0')}${ext}`;
}

/**
 * Streams every file part of a multipart request to its own temp file (never held in memory whole).
 * A part over the size limit is drained and reported as FILE_TOO_LARGE.
 */
export async function receiveUpload(request: FastifyRequest): Promise<ReceivedUpload> {
  const dir = await mkdtemp(join(tmpdir(), 'upright-upload-'));
  const files: UploadedFile[] = [];
  const refused: UploadOutcome[] = [];
  try {
    for await (const part of request.files()) {
      const name = part.filename.length > 0 ? part.filename.slice(-255) : `file-${files.length + 1}`;
      const path = join(dir, tempName(files.length + refused.length, name));
      await pipeline(part.file, createWriteStream(path));
      if (part.file.truncated) {
        refused.push({
          name,
          status: 'failed',
          code: 'FILE_TOO_LARGE',
          message: 'The file is over the upload size limit.',
        });
        await rm(path, { force: true });
      } else files.push({ path, name });
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { files, refused, dir };
}
