// FIT messages -> activity for the fast decoder: the shared normaliser's rules (../fit/normalise.ts),
// with the records taken straight from the decoder's columns instead of one object per record. The
// differential tests (test/fit-fast) hold both paths equal on every corpus and generated file.
import type { ChannelName, Device, ExtraChannel, ImportResult, ImportWarning } from '@upright/core';
import type { DraftChannel } from '../build/finish';
import { activityFinish } from '../build/finish';
import { columnHasData } from '../build/collector';
import type { DeveloperMapping } from '../fit/developer';
import { developerMappings } from '../fit/developer';
import type { FitMessages } from '../fit/messages';
import { NATIVE_COLUMNS } from '../fit/records';
import { fitSport, fitSportRaw, sportIsOnFoot } from '../fit/sport';
import { fitLaps, fitPauses, fitPickSessions, fitSpanMs, fitTotals, totalsCombine } from '../fit/summary';
import { collectColumns, type Collected } from './collect';
import type { FastFitDecoded } from './decode';
import { enumName } from './profile-types';
import { Slot, type RecordTable } from './record-table';
import { fastDecodedToMessages } from './to-messages';

function fail(
  code: 'FIT_NOT_ACTIVITY' | 'FIT_NO_RECORDS' | 'FIT_DECODE_FAILED',
  message: string,
): ImportResult {
  return { ok: false, error: { code, message } };
}

function device(m: FitMessages): Device {
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

function sampleChannels(
  c: Collected,
  mappings: readonly DeveloperMapping[],
  onFoot: boolean,
): { channels: DraftChannel[]; extras: ExtraChannel[] } {
  const channels: DraftChannel[] = NATIVE_COLUMNS.map((col) => ({
    name: col.channel,
    source: { kind: 'native', field: col.field },
    values: c.column(col.channel),
  }));
  channels.push({
    name: 'cadence',
    source: { kind: 'native', field: 'cadence+fractionalCadence' },
    values: c.column('cadence'),
  });
  const extras: ExtraChannel[] = [];
  const developerChannels: DraftChannel[] = [];
  for (const m of mappings) {
    const values = c.column(`dev:${m.key}`);
    if (!columnHasData(values)) continue;
    const source = { kind: 'developer', field: m.field, app: m.app, appId: m.appId } as const;
    const quantity: ChannelName | null = m.quantity === 'cadence' && !onFoot ? null : m.quantity;
    if (quantity !== null) developerChannels.push({ name: quantity, source, values });
    else
      extras.push({
        name: `developer:${m.app ?? 'unknown'}:${m.field}:${m.key}`,
        quantity: null,
        unit: m.units ?? '',
        source,
        values,
      });
  }
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
  return { channels: [...channels, ...developerChannels], extras };
}

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

function multisportWarning(m: FitMessages): ImportWarning {
  const sports = m.session.map((s) => String(s.sport)).join(', ');
  return { code: 'MULTISPORT_RUN_TAKEN', message: `multisport file (${sports}): took the running part only` };
}

/** Decoded FIT (columns) -> activity, with the same result as the shared normaliser on FitMessages. */
export function fitNormaliseFast(decoded: FastFitDecoded): ImportResult {
  const m = fastDecodedToMessages(decoded, { records: false });
  const table = decoded.records;
  const type = m.fileId[0]?.type;
  if (type !== undefined && type !== 'activity')
    return fail('FIT_NOT_ACTIVITY', `this FIT file is a ${String(type)} file, not an activity`);
  const warnings = integrityWarnings(m);
  const { picked, droppedOthers } = fitPickSessions(m.session);
  const firstStamp = firstTimestampMs(table);
  const startTimeMs = picked.map((s) => s.startTimeMs).find((t) => t !== undefined) ?? firstStamp;
  if (startTimeMs === undefined || firstStamp === undefined) {
    return m.integrity.errors.length > 0 && table.count === 0
      ? fail('FIT_DECODE_FAILED', `the FIT data could not be decoded (${m.integrity.errors[0] ?? ''})`)
      : fail('FIT_NO_RECORDS', 'the file has no timed records');
  }
  const first = picked[0];
  const sport = first === undefined ? 'other' : fitSport(first.sport, first.subSport);
  const onFoot = sportIsOnFoot(sport) || (first === undefined && anyOnFootRecord(table));
  if (droppedOthers) warnings.push(multisportWarning(m));
  const ranges = droppedOthers
    ? picked.map(fitSpanMs).filter((r): r is [number, number] => r !== null)
    : null;
  const mappings = developerMappings(m);
  const collected = collectColumns({ table, startTimeMs, developer: mappings, onFoot, ranges });
  if (collected.length === 0) return fail('FIT_NO_RECORDS', 'the running sessions have no timed records');
  if (collected.droppedBackwards > 0) {
    warnings.push({
      code: 'TIME_WENT_BACKWARDS',
      message: `${collected.droppedBackwards} record(s) went back in time and were dropped`,
    });
  }
  const { channels, extras } = sampleChannels(collected, mappings, onFoot);
  return activityFinish(
    {
      format: 'fit',
      sport: first === undefined && onFoot ? 'running' : sport,
      sportRaw: first === undefined ? null : fitSportRaw(first.sport, first.subSport),
      startTimeMs,
      device: device(m),
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
