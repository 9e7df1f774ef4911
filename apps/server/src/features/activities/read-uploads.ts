import { readImportSources } from '@upright/formats/node';
import type { ReadUploads, UploadedFile } from '../../deps';

/**
 * Reads saved uploads with the formats package (zips expanded member by member, nested zips and .gz
 * too) and puts the client's file names back in place of the temp paths.
 */
export function readUploadsWith(maxFileBytes: number): ReadUploads {
  return async function* (files: readonly UploadedFile[]) {
    for (const file of files) {
      for await (const source of readImportSources([file.path], { maxFileBytes })) {
        const name = source.name.startsWith(file.path)
          ? file.name + source.name.slice(file.path.length)
          : file.name;
        yield { ...source, name };
      }
    }
  };
}
