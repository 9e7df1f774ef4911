import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportErrorCode, ImportWarningCode } from '@upright/core';
import { importActivityBytes } from '@upright/formats';
import { CORPUS_DIR } from './helpers/paths';

/**
 * What every file in the corpus's bad/ folder must give (see bad/NOTES.md for what is wrong with each).
 * `error`: the import fails with exactly this code. `warnings`: the import succeeds and these warnings
 * are among the ones reported (SPORT_NOT_RUNNING and TOTALS_COMPUTED are listed only where they are the
 * point). A file added to bad/ without an entry here fails the test.
 */
type Expectation = { readonly error: ImportErrorCode } | { readonly warnings: readonly ImportWarningCode[] };

const BAD_FILE_EXPECTATIONS: Readonly<Record<string, Expectation>> = {
  'GoldenCheetah__MetadataOnly.gpx': { error: 'GPX_NO_TRACK' }, // metadata only, no points
  'OpenTracks__gpx11_with_speed_no_namespace.gpx': { warnings: ['TOTALS_COMPUTED'] }, // speed read anyway
  'OpenTracks__gpx11_without_speed.gpx': { warnings: ['TOTALS_COMPUTED'] }, // speed derived
  'OpenTracks__gpx_timezone.gpx': { warnings: ['TIMEZONE_OFFSET'] }, // +01:15 offsets
  'OpenTracks__legacy_gpx_trackpointextensions_incorrect.gpx': { warnings: ['TIMEZONE_OFFSET'] },
  'Runalyze__Fenix-2-negative-times.fit': { warnings: ['SPORT_NOT_RUNNING'] }, // sport "generic"
  'Runalyze__First-point-empty.tcx': { warnings: [] }, // first point has only <Time>
  'Runalyze__IPBike-cadence.fit': { warnings: ['SPORT_NOT_RUNNING'] }, // a ride: cadence kept as rpm extra
  'Runalyze__Multiple-Trainings.tcx': { warnings: ['MULTIPLE_ACTIVITIES'] }, // first activity taken
  'Runalyze__One-second-jump-to-past.fit': { warnings: ['TIME_WENT_BACKWARDS'] },
  'Runalyze__Polar-one-lap-indoor-with-distance.tcx': { warnings: [] },
  'Runalyze__Route-only.tcx': { error: 'TCX_NO_ACTIVITY' }, // a course, not an activity
  'Runalyze__Runtastic.tcx': { warnings: [] }, // lowercase sport "running" still a run
  'Runalyze__SpoQ-2.gpx': { warnings: ['TOTALS_COMPUTED'] },
  'Runalyze__SpoQ.gpx': { warnings: ['TOTALS_COMPUTED'] },
  'Runalyze__Suunto-Ambit-3-Peak-without-final-lap.fit': { warnings: [] }, // distance filled from samples
  'Runalyze__Swim-without-time_by-Timekiller.tcx': { warnings: ['SPORT_NOT_RUNNING'] },
  'Runalyze__Wrong-time-zone-by-polar.tcx': { warnings: ['TIMEZONE_OFFSET'] },
  'Runalyze__Zwift-bad-training-effect.fit': { warnings: ['SPORT_NOT_RUNNING'] },
  'Runalyze__break-between-trkseg.gpx': { warnings: ['TIMEZONE_OFFSET', 'TOTALS_COMPUTED'] }, // break → gap
  'Runalyze__hr-not-always-there.gpx': { warnings: [] },
  'Runalyze__hr-only-zeros.fit': { warnings: ['SENSOR_VALUES_DROPPED'] }, // every HR is 0
  'Runalyze__invalid-altitude-and-empty-record-at-end.fit': { warnings: ['SENSOR_VALUES_DROPPED'] }, // −500 m
  'Runalyze__negative-pause.tcx': { warnings: ['TIME_WENT_BACKWARDS'] }, // overlapping laps
  'Runalyze__osynce-stop-bug.fit': { warnings: [] },
  'Runalyze__runkeeper-negative-time-step-at-start.gpx': { warnings: ['TIME_WENT_BACKWARDS'] },
  'Runalyze__watt-extension-without-namespace.tcx': { warnings: [] }, // watts read anyway
  'elevate__flagged-hr.fit': { warnings: ['SPORT_NOT_RUNNING'] }, // strength session
  'elevate__flagged-speed.fit': { warnings: ['SPORT_NOT_RUNNING'] }, // commute ride
  'muktihari-fit__TestEncode.fit': { error: 'FIT_NO_RECORDS' }, // its one record has no timestamp
  'muktihari-fit__activity_truncated.fit': { warnings: ['TOTALS_COMPUTED'] }, // cut before session/lap
  'muktihari-fit__valid_only_contain_fileid.fit': { warnings: ['TOTALS_COMPUTED'] }, // one record
  'python-fitparse__DeveloperData.fit': { error: 'FIT_NO_RECORDS' }, // records without timestamps
  'python-fitparse__MonitoringFile.fit': { error: 'FIT_NOT_ACTIVITY' },
  'python-fitparse__WeightScaleSingleUser.fit': { error: 'FIT_NOT_ACTIVITY' },
  'python-fitparse__activity-activity-filecrc.fit': { warnings: ['FIT_CRC_MISMATCH', 'FIT_CHAINED'] },
  'python-fitparse__activity-settings-corruptheader.fit': { warnings: ['FIT_TRUNCATED'] }, // 2nd header corrupt
  'python-fitparse__activity-settings-nodata.fit': { warnings: ['FIT_TRUNCATED', 'FIT_CHAINED'] },
  'python-fitparse__coros-pace-2-cycling-misaligned-fields.fit': { warnings: ['SPORT_NOT_RUNNING'] },
  'python-fitparse__elemnt-bolt-no-application-id-inside-developer-data-id.fit': { warnings: [] },
  'python-fitparse__sample_mulitple_header.fit': { warnings: ['FIT_CHAINED', 'MULTISPORT_RUN_TAKEN'] },
  'python-fitparse__strava-android-app-201.10-b1218918.fit': { warnings: ['FIT_TRUNCATED'] }, // undefined local mesg
  'sports-lib__27-days-activity.fit': { warnings: ['SPORT_NOT_RUNNING'] }, // 27.8-day gap becomes a pause
  'sports-lib__31-days-activity.fit': { warnings: ['SPORT_NOT_RUNNING'] },
  'sports-lib__6037744996.gpx': { warnings: ['XML_PREFIX_UNBOUND'] }, // gpxdata:/gpxx: never declared
  'sports-lib__6048438275.gpx': { warnings: ['XML_PREFIX_UNBOUND'] },
  'sports-lib__broken-dates.fit': { warnings: [] },
  'sports-lib__broken-start-latlng.fit': { warnings: [] },
  'tormoder-fit__Settings.fit': { error: 'FIT_NOT_ACTIVITY' },
  'tormoder-fit__unterminated-strings.fit': { warnings: [] },
};

const files = CORPUS_DIR === null ? [] : readdirSync(join(CORPUS_DIR, 'bad')).filter((f) => f !== 'NOTES.md');

describe.skipIf(CORPUS_DIR === null)('corpus: bad/ files give their expected code', () => {
  it.each(files)('%s', (file) => {
    const expected = BAD_FILE_EXPECTATIONS[file];
    if (expected === undefined) throw new Error(`no expectation written down for bad/${file}`);
    const result = importActivityBytes({
      name: file,
      bytes: new Uint8Array(readFileSync(join(CORPUS_DIR ?? '', 'bad', file))),
    });
    if ('error' in expected) {
      expect(result.ok ? 'ok' : result.error.code).toBe(expected.error);
      return;
    }
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    const codes = result.warnings.map((w) => w.code);
    for (const code of expected.warnings) expect(codes).toContain(code);
  });

  it('turns the 27.8-day hole in a recording into a pause', () => {
    const bytes = new Uint8Array(
      readFileSync(join(CORPUS_DIR ?? '', 'bad', 'sports-lib__27-days-activity.fit')),
    );
    const r = importActivityBytes({ name: 'x.fit', bytes });
    const longest = r.ok ? Math.max(...r.activity.samples.gaps.map((g) => g.endS - g.startS)) : 0;
    expect(longest).toBeGreaterThan(27 * 86_400);
  });
});
