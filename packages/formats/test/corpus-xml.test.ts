import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importActivityBytes } from '@upright/formats';
import type { CatalogRow } from './helpers/catalog';
import { catalogRead } from './helpers/catalog';
import { CORPUS_DIR } from './helpers/paths';

/**
 * Every TCX and GPX in the corpus imports with plausible totals, checked against the catalog's
 * independently computed duration and distance (Python, from the raw points):
 * - duration within max(1 %, 5 s), distance within max(3 %, 50 m): our distance comes from the file's
 *   DistanceMeters where present and else from positions with GPS-noise handling, theirs is raw haversine;
 * - average moving speed plausible for the sport.
 * Files holding several activities take the first (warning MULTIPLE_ACTIVITIES) and are not compared.
 */
const DURATION_TOLERANCE = { relative: 0.01, absoluteS: 5 };
const DISTANCE_TOLERANCE = { relative: 0.03, absoluteM: 50 };
const MAX_SPEED_MPS: Readonly<Record<string, number>> = {
  running: 7,
  'trail-running': 7,
  cycling: 25,
  other: 25,
};

/** Files whose catalog numbers measure something else than the activity we import (with why). */
const NOT_COMPARABLE: Readonly<Record<string, string>> = {
  'tcx/sports-lib__unknown_example.tcx':
    'DistanceMeters restarts in every lap: we carry it over (5.73 km, equal to the lap sum), the catalog sums raw positions (5.03 km)',
};

const files =
  CORPUS_DIR === null
    ? []
    : ['tcx', 'gpx'].flatMap((d) => readdirSync(join(CORPUS_DIR ?? '', d)).map((f) => `${d}/${f}`));

describe.skipIf(CORPUS_DIR === null)('corpus: TCX and GPX', () => {
  const catalog = CORPUS_DIR === null ? new Map<string, CatalogRow>() : catalogRead(CORPUS_DIR);

  it.each(files)('%s has plausible totals', (file) => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS_DIR ?? '', file)));
    const r = importActivityBytes({ name: file, bytes });
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    const { totals, sport } = r.activity;
    expect(totals.elapsedS).toBeGreaterThan(0);
    expect(totals.movingS).toBeLessThanOrEqual(totals.elapsedS);
    if (totals.distanceM !== null && totals.movingS > 0) {
      expect(totals.distanceM / totals.movingS).toBeLessThan(MAX_SPEED_MPS[sport] ?? 25);
    }
    const row = catalog.get(file);
    const several = file.startsWith('tcx/') && (row?.sport ?? '').includes(';');
    if (several) {
      expect(r.warnings.map((w) => w.code)).toContain('MULTIPLE_ACTIVITIES');
      return;
    }
    if (row === undefined || NOT_COMPARABLE[file] !== undefined) return;
    const duration = Number(row.duration_s);
    const distance = Number(row.distance_m);
    expect(Math.abs(totals.elapsedS - duration)).toBeLessThanOrEqual(
      Math.max(DURATION_TOLERANCE.absoluteS, duration * DURATION_TOLERANCE.relative),
    );
    expect(totals.distanceM).not.toBeNull();
    expect(Math.abs((totals.distanceM ?? 0) - distance)).toBeLessThanOrEqual(
      Math.max(DISTANCE_TOLERANCE.absoluteM, distance * DISTANCE_TOLERANCE.relative),
    );
  });
});
