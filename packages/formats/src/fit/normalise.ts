import type { ChannelName, Device, ExtraChannel, ImportResult, ImportWarning, Sport } from '@upright/core';
import type { DraftChannel } from '../build/finish';
import { activityFinish } from '../build/finish';
import { columnHasData } from '../build/collector';
import type { SampleCollector } from '../build/collector';
import type { DeveloperMapping } from './developer';
import { developerMappings } from './developer';
import type { FitMessages, FitSessionMesg } from './messages';
import { NATIVE_COLUMNS, developerColumn, recordsCollect } from './records';
import { fitSport, fitSportRaw, sportIsOnFoot } from './sport';
import { fitLaps, fitPauses, fitPickSessions, fitSpanMs, fitTotals, totalsCombine } from './summary';

function fail(
  code: 'FIT_NOT_ACTIVITY' | 'FIT_NO_RECORDS' | 'FIT_DECODE_FAILED',
  message: string,
): ImportResult {
  return { ok: false, error: { code, message } };
}

function fitDevice(m: FitMessages): Device {
  const id = m.fileId[0];
  const creator = m.deviceInfo.find((d) => d.deviceIndex === 'creator');
  const manufacturer = id?.manufacturer ?? creator?.manufacturer;
  const product =
    id?.garminProduct ?? creator?.garminProduct ?? creator?.productName ?? id?.product ?? creator?.product;
  return {
    manufacturer: manufacturer === undefined ? null : String(manufacturer),
    product: product === undefined ? null : String(product),
  };
}

function integrityWarnings(m: FitMessages): ImportWarning[] {
  const w: ImportWarning[] = [];
  const i = m.integrity;
  if (i.truncated) w.push({ code: 'FIT_TRUNCATED', message: 'the file ends early; kept what decoded' });
  if (i.headerCrcMismatch)
    w.push({ code: 'FIT_HEADER_CRC_MISMATCH', message: 'the header CRC does not match' });
  if (i.fileCrcMismatch)
    w.push({ code: 'FIT_CRC_MISMATCH', message: 'the file CRC does not match; the data may be damaged' });
  if (i.chainedFiles > 1)
    w.push({ code: 'FIT_CHAINED', message: `the file holds ${i.chainedFiles} chained FIT files` });
  if (!i.truncated && i.errors.length > 0 && !i.fileCrcMismatch && i.chainedFiles <= 1) {
    w.push({
      code: 'FIT_TRUNCATED',
      message: `decoding stopped early (${i.errors[0] ?? ''}); kept what decoded`,
    });
  }
  return w;
}

function developerChannels(
  c: SampleCollector,
  mappings: readonly DeveloperMapping[],
  onFoot: boolean,
): { channels: DraftChannel[]; extras: ExtraChannel[] } {
  const channels: DraftChannel[] = [];
  const extras: ExtraChannel[] = [];
  for (const m of mappings) {
    const values = c.column(developerColumn(m.key));
    if (!columnHasData(values)) continue;
    const source = { kind: 'developer', field: m.field, app: m.app, appId: m.appId } as const;
    const quantity: ChannelName | null = m.quantity === 'cadence' && !onFoot ? null : m.quantity;
    if (quantity !== null) channels.push({ name: quantity, source, values });
    else
      extras.push({
        name: `developer:${m.app ?? 'unknown'}:${m.field}:${m.key}`,
        quantity: null,
        unit: m.units ?? '',
        source,
        values,
      });
  }
  return { channels, extras };
}

function sampleChannels(
  c: SampleCollector,
  mappings: readonly DeveloperMapping[],
  onFoot: boolean,
): { channels: DraftChannel[]; extras: ExtraChannel[] } {
  const native: DraftChannel[] = NATIVE_COLUMNS.map((col) => ({
    name: col.channel,
    source: { kind: 'native', field: col.field },
    values: c.column(col.channel),
  }));
  native.push({
    name: 'cadence',
    source: { kind: 'native', field: 'cadence+fractionalCadence' },
    values: c.column('cadence'),
  });
  const dev = developerChannels(c, mappings, onFoot);
  const extras = [...dev.extras];
  const rpm = c.column('cadence:rpm');
  if (columnHasData(rpm)) {
    extras.push({
      name: 'cadence:rpm',
      quantity: null,
      unit: 'rpm',
      source: { kind: 'native', field: 'cadence' },
      values: rpm,
    });
  }
  return { channels: [...native, ...dev.channels], extras };
}

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
    return fail('FIT_NOT_ACTIVITY', `this FIT file is a ${String(type)} file, not an activity`);
  }
  if (m.record.some((r) => r.timestampMs !== undefined)) return null;
  return m.integrity.errors.length > 0 && m.record.length === 0
    ? fail('FIT_DECODE_FAILED', `the FIT data could not be decoded (${m.integrity.errors[0] ?? ''})`)
    : fail('FIT_NO_RECORDS', 'the file has no timed records');
}

/**
 * FIT messages → activity. Takes the running sessions of a multisport file (MULTISPORT_RUN_TAKEN),
 * normalises running cadence to steps/min, maps developer fields (native wins, the other kept as an
 * extra), turns timer stop/start events into gaps, and computes totals when there is no session.
 */
export function fitNormalise(m: FitMessages): ImportResult {
  const refusal = refuse(m);
  if (refusal !== null) return refusal;
  const warnings = integrityWarnings(m);
  const { picked, droppedOthers } = fitPickSessions(m.session);
  const startTimeMs = startOf(picked, m) ?? 0;
  const first = picked[0];
  const { sport, onFoot } = sportOf(first, m);
  if (droppedOthers) {
    const sports = m.session.map((s) => String(s.sport)).join(', ');
    warnings.push({
      code: 'MULTISPORT_RUN_TAKEN',
      message: `multisport file (${sports}): took the running part only`,
    });
  }
  const ranges = droppedOthers
    ? picked.map(fitSpanMs).filter((r): r is [number, number] => r !== null)
    : null;
  const mappings = developerMappings(m);
  const collector = recordsCollect({ records: m.record, startTimeMs, developer: mappings, onFoot, ranges });
  if (collector.length === 0) return fail('FIT_NO_RECORDS', 'the running sessions have no timed records');
  if (collector.droppedBackwards > 0) {
    const message = `${collector.droppedBackwards} record(s) went back in time and were dropped`;
    warnings.push({ code: 'TIME_WENT_BACKWARDS', message });
  }
  const { channels, extras } = sampleChannels(collector, mappings, onFoot);
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
