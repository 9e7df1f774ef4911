import { describe, expect, it } from 'vitest';
import { collectFromEntries, collectFromFileList, isUploadCandidate } from './collect-files';
import type { EntryLike } from './collect-files';

function fileEntry(fullPath: string): EntryLike {
  const name = fullPath.split('/').at(-1) ?? fullPath;
  return {
    isFile: true,
    isDirectory: false,
    name,
    fullPath,
    file: (success) => success(new File(['x'], name)),
  };
}

function dirEntry(fullPath: string, children: EntryLike[], batch = 2): EntryLike {
  let offset = 0;
  return {
    isFile: false,
    isDirectory: true,
    name: fullPath.split('/').at(-1) ?? fullPath,
    fullPath,
    createReader: () => ({
      readEntries: (success) => {
        const part = children.slice(offset, offset + batch);
        offset += batch;
        success(part);
      },
    }),
  };
}

describe('collecting dropped and picked files', () => {
  it('accepts activity files, archives and gzipped activity files only', () => {
    expect(['a.FIT', 'b.tcx', 'c.gpx', 'export.zip', 'd.fit.gz'].every(isUploadCandidate)).toBe(true);
    expect(['notes.json', 'photo.jpg', 'fit'].some(isUploadCandidate)).toBe(false);
  });

  it('walks nested folders across several readEntries batches and counts what it skips', async () => {
    const tree = dirEntry('/export', [
      fileEntry('/export/profile.json'),
      dirEntry('/export/activities', [
        fileEntry('/export/activities/1.fit'),
        fileEntry('/export/activities/2.fit.gz'),
        fileEntry('/export/activities/3.gpx'),
      ]),
      fileEntry('/export/readme.txt'),
    ]);
    const got = await collectFromEntries([tree, fileEntry('/loose.tcx')]);
    expect(got.files.map((f) => f.path)).toEqual([
      'export/activities/1.fit',
      'export/activities/2.fit.gz',
      'export/activities/3.gpx',
      'loose.tcx',
    ]);
    expect(got.skipped).toBe(2);
  });

  it('keeps folder-relative paths from a directory picker', () => {
    const file = new File(['x'], 'run.fit');
    Object.defineProperty(file, 'webkitRelativePath', { value: 'garmin/run.fit' });
    const got = collectFromFileList([file, new File(['y'], 'summary.csv')]);
    expect(got.files.map((f) => f.path)).toEqual(['garmin/run.fit']);
    expect(got.skipped).toBe(1);
  });
});
