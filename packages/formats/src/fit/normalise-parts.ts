// Pieces of FIT normalisation shared by the reference path (./normalise.ts, one object per record) and the
// fast decoder's columnar path (../fit-fast/normalise.ts), so both apply exactly the same rules.
import type { ChannelName, Device, ExtraChannel, ImportResult, ImportWarning } from '@upright/core';
import type { DraftChannel } from '../build/finish';
import { columnHasData } from '../build/collector';
import type { DeveloperMapping } from './developer';
import type { FitMessages } from './messages';
import { NATIVE_COLUMNS, developerColumn } from './records';

/** Sample columns by name, as both record collectors provide them. */
export interface ColumnSource {
  column(name: string): Float64Array;
}

export function fitFail(
  code: 'FIT_NOT_ACTIVITY' | 'FIT_NO_RECORDS' | 'FIT_DECODE_FAILED',
  message: string,
): ImportResult {
  return { ok: false, error: { code, message } };
}

export function fitDevice(m: FitMessages): Device {
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

export function fitIntegrityWarnings(m: FitMessages): ImportWarning[] {
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

export function fitMultisportWarning(m: FitMessages): ImportWarning {
  const sports = m.session.map((s) => String(s.sport)).join(', ');
  return { code: 'MULTISPORT_RUN_TAKEN', message: `multisport file (${sports}): took the running part only` };
}

function developerChannels(
  c: ColumnSource,
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

/**
 * Native channels first, then developer ones (so native wins when both carry a quantity), plus the
 * extras: developer fields without a channel of their own, and cycling cadence in rpm.
 */
export function fitSampleChannels(
  c: ColumnSource,
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
