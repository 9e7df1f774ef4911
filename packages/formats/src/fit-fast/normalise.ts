// FIT messages -> activity for the fast decoder: the shared normaliser's rules (../fit/normalise.ts),
// with the records taken straight from the decoder's columns instead of one object per record. The
// differential tests (test/fit-fast) hold both paths equal on every corpus and generated file.
import type { ImportResult } from '@upright/core';
import { activityFinish } from '../build/finish';
import { developerMappings } from '../fit/developer';
import {
  fitDevice,
  fitFail,
  fitIntegrityWarnings,
  fitMultisportWarning,
  fitSampleChannels,
} from '../fit/normalise-parts';
import { fitSport, fitSportRaw, sportIsOnFoot } from '../fit/sport';
import { fitLaps, fitPauses, fitPickSessions, fitSpanMs, fitTotals, totalsCombine } from '../fit/summary';
import { collectColumns } from './collect';
import type { FastFitDecoded } from './decode';
import { enumName } from './profile-types';
import { Slot, type RecordTable } from './record-table';
import { fastDecodedToMessages } from './to-messages';

function firstTimestampMs(table: RecordTable): number | undefined {
  const stamps = table.columns[Slot.timestampMs];
  for (let r = 0; r < table.count; r++) {
    const t = stamps?.[r] ?? Number.NaN;
    if (t === t) return t;
  }
  return undefined;
}

function anyOnFootRecord(table: RecordTable): boolean {
  if (!table.has(Slot.activityType)) return false;
  const types = table.columns[Slot.activityType];
  for (let r = 0; r < table.count; r++) {
    const t = types?.[r] ?? Number.NaN;
    if (t !== t) continue;
    const name = enumName('activityType', t);
    if (name === 'running' || name === 'walking') return true;
  }
  return false;
}

/** Decoded FIT (columns) -> activity, with the same result as the shared normaliser on FitMessages. */
export function fitNormaliseFast(decoded: FastFitDecoded): ImportResult {
  const m = fastDecodedToMessages(decoded, { records: false });
  const table = decoded.records;
  const type = m.fileId[0]?.type;
  if (type !== undefined && type !== 'activity')
    return fitFail('FIT_NOT_ACTIVITY', `this FIT file is a ${String(type)} file, not an activity`);
  const warnings = fitIntegrityWarnings(m);
  const { picked, droppedOthers } = fitPickSessions(m.session);
  const firstStamp = firstTimestampMs(table);
  const startTimeMs = picked.map((s) => s.startTimeMs).find((t) => t !== undefined) ?? firstStamp;
  if (startTimeMs === undefined || firstStamp === undefined) {
    return m.integrity.errors.length > 0 && table.count === 0
      ? fitFail('FIT_DECODE_FAILED', `the FIT data could not be decoded (${m.integrity.errors[0] ?? ''})`)
      : fitFail('FIT_NO_RECORDS', 'the file has no timed records');
  }
  const first = picked[0];
  const sport = first === undefined ? 'other' : fitSport(first.sport, first.subSport);
  const onFoot = sportIsOnFoot(sport) || (first === undefined && anyOnFootRecord(table));
  if (droppedOthers) warnings.push(fitMultisportWarning(m));
  const ranges = droppedOthers
    ? picked.map(fitSpanMs).filter((r): r is [number, number] => r !== null)
    : null;
  const mappings = developerMappings(m);
  const collected = collectColumns({ table, startTimeMs, developer: mappings, onFoot, ranges });
  if (collected.length === 0) return fitFail('FIT_NO_RECORDS', 'the running sessions have no timed records');
  if (collected.droppedBackwards > 0) {
    warnings.push({
      code: 'TIME_WENT_BACKWARDS',
      message: `${collected.droppedBackwards} record(s) went back in time and were dropped`,
    });
  }
  const { channels, extras } = fitSampleChannels(collected, mappings, onFoot);
  return activityFinish(
    {
      format: 'fit',
      sport: first === undefined && onFoot ? 'running' : sport,
      sportRaw: first === undefined ? null : fitSportRaw(first.sport, first.subSport),
      startTimeMs,
      device: fitDevice(m),
      time: collected.time,
      channels,
      extras,
      pauses: fitPauses(m.event, startTimeMs),
      laps: fitLaps(m.lap, startTimeMs, ranges),
      fileTotals: picked.length === 0 ? null : totalsCombine(picked.map(fitTotals)),
    },
    warnings,
  );
}
