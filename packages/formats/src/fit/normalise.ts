import type { ImportResult, Sport } from '@upright/core';
import { activityFinish } from '../build/finish';
import { developerMappings } from './developer';
import type { FitMessages, FitSessionMesg } from './messages';
import {
  fitDevice,
  fitFail,
  fitIntegrityWarnings,
  fitMultisportWarning,
  fitSampleChannels,
} from './normalise-parts';
import { recordsCollect } from './records';
import { fitSport, fitSportRaw, sportIsOnFoot } from './sport';
import { fitLaps, fitPauses, fitPickSessions, fitSpanMs, fitTotals, totalsCombine } from './summary';

/** The sport of the first taken session; without sessions, records tagged running/walking count as a run. */
function sportOf(first: FitSessionMesg | undefined, m: FitMessages): { sport: Sport; onFoot: boolean } {
  if (first !== undefined) {
    const sport = fitSport(first.sport, first.subSport);
    return { sport, onFoot: sportIsOnFoot(sport) };
  }
  const onFoot = m.record.some((r) => r.activityType === 'running' || r.activityType === 'walking');
  return { sport: onFoot ? 'running' : 'other', onFoot };
}

function startOf(sessions: readonly FitSessionMesg[], m: FitMessages): number | undefined {
  const fromSession = sessions.map((s) => s.startTimeMs).find((t) => t !== undefined);
  return fromSession ?? m.record.find((r) => r.timestampMs !== undefined)?.timestampMs;
}

/** Files we cannot make an activity of: not an activity, undecodable, or without timed records. */
function refuse(m: FitMessages): ImportResult | null {
  const type = m.fileId[0]?.type;
  if (type !== undefined && type !== 'activity') {
    return fitFail('FIT_NOT_ACTIVITY', `this FIT file is a ${String(type)} file, not an activity`);
  }
  if (m.record.some((r) => r.timestampMs !== undefined)) return null;
  return m.integrity.errors.length > 0 && m.record.length === 0
    ? fitFail('FIT_DECODE_FAILED', `the FIT data could not be decoded (${m.integrity.errors[0] ?? ''})`)
    : fitFail('FIT_NO_RECORDS', 'the file has no timed records');
}

/**
 * FIT messages → activity. Takes the running sessions of a multisport file (MULTISPORT_RUN_TAKEN),
 * normalises running cadence to steps/min, maps developer fields (native wins, the other kept as an
 * extra), turns timer stop/start events into gaps, and computes totals when there is no session.
 */
export function fitNormalise(m: FitMessages): ImportResult {
  const refusal = refuse(m);
  if (refusal !== null) return refusal;
  const warnings = fitIntegrityWarnings(m);
  const { picked, droppedOthers } = fitPickSessions(m.session);
  const startTimeMs = startOf(picked, m) ?? 0;
  const first = picked[0];
  const { sport, onFoot } = sportOf(first, m);
  if (droppedOthers) {
    warnings.push(fitMultisportWarning(m));
  }
  const ranges = droppedOthers
    ? picked.map(fitSpanMs).filter((r): r is [number, number] => r !== null)
    : null;
  const mappings = developerMappings(m);
  const collector = recordsCollect({ records: m.record, startTimeMs, developer: mappings, onFoot, ranges });
  if (collector.length === 0) return fitFail('FIT_NO_RECORDS', 'the running sessions have no timed records');
  if (collector.droppedBackwards > 0) {
    const message = `${collector.droppedBackwards} record(s) went back in time and were dropped`;
    warnings.push({ code: 'TIME_WENT_BACKWARDS', message });
  }
  const { channels, extras } = fitSampleChannels(collector, mappings, onFoot);
  return activityFinish(
    {
      format: 'fit',
      sport,
      sportRaw: first === undefined ? null : fitSportRaw(first.sport, first.subSport),
      startTimeMs,
      device: fitDevice(m),
      time: collector.time(),
      channels,
      extras,
      pauses: fitPauses(m.event, startTimeMs),
      laps: fitLaps(m.lap, startTimeMs, ranges),
      fileTotals: picked.length === 0 ? null : totalsCombine(picked.map(fitTotals)),
    },
    warnings,
  );
}
