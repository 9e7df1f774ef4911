import { Zip, ZipPassThrough, strToU8 } from 'fflate';
import type { Db } from '../../db/store';
import { listAllActivities } from '../activities/activities.repository';
import { activitySummary } from '../activities/activities.view';
import { listCheckIns } from '../plan/plan.repository';
import { getProfile, getSettings } from '../profile/profile.repository';
import { listScreenings } from '../screening/screening.repository';
import { originalFiles } from './data.repository';

/** A zip-safe file name: no folders, no odd characters. */
function safeName(name: string): string {
  return (name.split('/').pop() ?? 'file').replace(/[^\w.-]/g, '_').slice(-120);
}

async function exportDocument(db: Db, now: Date): Promise<unknown> {
  const [profile, settings, screenings, checkIns, activities, plans, analyses] = await Promise.all([
    getProfile(db),
    getSettings(db),
    listScreenings(db),
    listCheckIns(db),
    listAllActivities(db),
    db.selectFrom('plan').selectAll().orderBy('version').execute(),
    db.selectFrom('activity_analysis').select(['activity_id', 'analysis_json']).execute(),
  ]);
  const analysisById = new Map(analyses.map((a) => [a.activity_id, JSON.parse(a.analysis_json) as unknown]));
  return {
    exportedAt: now.toISOString(),
    profile,
    settings,
    screenings,
    plans: plans.map((p) => ({
      ...p,
      input_json: undefined,
      programme_json: undefined,
      input: JSON.parse(p.input_json) as unknown,
      programme: JSON.parse(p.programme_json) as unknown,
    })),
    checkIns,
    activities: activities.map((row) => ({
      ...activitySummary(row),
      originalFile: `originals/${row.sha256.slice(0, 16)}-${safeName(row.source_name)}`,
      analysis: analysisById.get(row.id) ?? null,
    })),
  };
}

/** Streams the export zip: upright-export.json, then every original file under originals/. */
export async function* exportZip(db: Db, now: Date): AsyncGenerator<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const failures: Error[] = [];
  const zip = new Zip((error, chunk) => {
    if (error !== null) failures.push(error);
    else chunks.push(chunk);
  });
  const add = (name: string, bytes: Uint8Array): void => {
    const entry = new ZipPassThrough(name);
    zip.add(entry);
    entry.push(bytes, true);
  };
  add('upright-export.json', strToU8(JSON.stringify(await exportDocument(db, now), null, 2)));
  yield* chunks.splice(0);
  for await (const file of originalFiles(db)) {
    add(`originals/${file.sha256.slice(0, 16)}-${safeName(file.name)}`, file.bytes);
    yield* chunks.splice(0);
  }
  zip.end();
  yield* chunks.splice(0);
  const [failure] = failures;
  if (failure !== undefined) throw failure;
}
