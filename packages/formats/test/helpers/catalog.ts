import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One row of the corpus catalog.tsv (plain TSV, no quoting), by column name. */
export type CatalogRow = Readonly<Record<string, string>>;

export function catalogRead(corpusDir: string): Map<string, CatalogRow> {
  const lines = readFileSync(join(corpusDir, 'catalog.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l !== '');
  const header = (lines[0] ?? '').split('\t');
  const rows = new Map<string, CatalogRow>();
  for (const line of lines.slice(1)) {
    const cells = line.split('\t');
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = cells[i] ?? ''));
    rows.set(row.local_path ?? '', row);
  }
  return rows;
}
