// The fast FIT decoder: walks the chain of FIT files, checks header and file CRCs, compiles each
// definition once and decodes data messages with it. Never throws on any input: problems are coded
// issues, and whatever decoded before a problem is kept.
import type { ImportErrorCode, ImportWarningCode } from '@upright/core';
import { fitCrc } from './crc';
import { parseDefinition, type CompiledDefinition } from './definition';
import { decodeObjectMessage, type ObjectLists } from './decode-object';
import { decodeRecord, writeCompressedSpeedDistance, type RecordContext } from './decode-record';
import { decodeDeveloperOthers, recordOpsWithDevelopers } from './decode-developer';
import { DeveloperRegistry } from './developer';
import { decodeHrMessage, hrMergeIntoRecords, type HrState } from './hr';
import { countRecordMessages } from './prescan';
import { MesgNum } from './profile';
import { RecordTable } from './record-table';

export type FastFitIssueCode = Extract<
  ImportErrorCode | ImportWarningCode,
  | 'FIT_INVALID_HEADER'
  | 'FIT_TRUNCATED'
  | 'FIT_CRC_MISMATCH'
  | 'FIT_HEADER_CRC_MISMATCH'
  | 'FIT_DECODE_FAILED'
>;

export interface FastFitIssue {
  readonly code: FastFitIssueCode;
  readonly message: string;
  /** Byte offset in the input where the problem was found. */
  readonly offset: number;
}

export interface FastFitDecoded {
  readonly objects: ObjectLists;
  readonly records: RecordTable;
  readonly developers: DeveloperRegistry;
  readonly truncated: boolean;
  readonly headerCrcMismatch: boolean;
  readonly fileCrcMismatch: boolean;
  readonly chainedFiles: number;
  readonly issues: readonly FastFitIssue[];
}

interface State {
  readonly bytes: Uint8Array;
  readonly view: DataView;
  readonly definitions: (CompiledDefinition | undefined)[];
  readonly objects: ObjectLists;
  readonly developers: DeveloperRegistry;
  readonly record: RecordContext;
  readonly issues: FastFitIssue[];
  readonly hr: HrState;
  /** Last full timestamp seen (FIT seconds), the base of compressed-timestamp headers. */
  lastTimestampS: number;
  /** False after a structural error: framing is still checked, messages are no longer decoded. */
  decoding: boolean;
}

interface Header {
  readonly size: number;
  readonly dataSize: number;
  readonly storedCrc: number;
}

function readHeader(bytes: Uint8Array, at: number): Header | null {
  const size = bytes[at];
  if ((size !== 12 && size !== 14) || at + size > bytes.length) return null;
  if (
    bytes[at + 8] !== 0x2e ||
    bytes[at + 9] !== 0x46 ||
    bytes[at + 10] !== 0x49 ||
    bytes[at + 11] !== 0x54
  ) {
    return null;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, size);
  return { size, dataSize: view.getUint32(4, true), storedCrc: size === 14 ? view.getUint16(12, true) : 0 };
}

/** Column values a file may claim: 2 M plus 2 per input byte (16 MB + 16 bytes per byte). */
function maxColumnValues(length: number): number {
  return 2_000_000 + 2 * length;
}

function newRecordContext(bytes: Uint8Array, view: DataView): RecordContext {
  const table = new RecordTable(countRecordMessages(bytes), maxColumnValues(bytes.length));
  const distance = { started: false, total: 0, last: 0 };
  const ctx: RecordContext = {
    table,
    distance,
    compiled: {
      bytes,
      view,
      columns: table.columns,
      distance,
      csd: (p, row) => writeCompressedSpeedDistance(ctx, p, row),
    },
    bytes,
    view,
    pos: 0,
    timestampS: Number.NaN,
  };
  return ctx;
}

function newState(bytes: Uint8Array): State {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    bytes,
    view,
    definitions: new Array<CompiledDefinition | undefined>(16),
    objects: {
      fileId: [],
      deviceInfo: [],
      session: [],
      lap: [],
      event: [],
      developerDataId: [],
      fieldDescription: [],
    },
    developers: new DeveloperRegistry(),
    record: newRecordContext(bytes, view),
    issues: [],
    hr: { mesgs: [], accumulated: null },
    lastTimestampS: Number.NaN,
    decoding: true,
  };
}

function issue(state: State, code: FastFitIssueCode, message: string, offset: number): void {
  state.issues.push({ code, message, offset });
}

/**
 * Decodes every FIT file chained in `bytes`.
 * @example fitDecodeFastRaw(bytes).records.count
 */
export function fitDecodeFastRaw(bytes: Uint8Array): FastFitDecoded {
  const state = newState(bytes);
  const framing: Framing = { truncated: false, headerCrcMismatch: false, fileCrcMismatch: false, files: 0 };
  let offset = 0;
  while (offset < bytes.length) {
    const next = decodeFile(state, offset, framing);
    if (next < 0) break;
    offset = next;
  }
  if (state.record.table.overBudget) {
    issue(
      state,
      'FIT_DECODE_FAILED',
      'too many record columns for the file size: some fields dropped',
      offset,
    );
  }
  if (!hrMergeIntoRecords(state.hr.mesgs, state.record.table)) {
    issue(state, 'FIT_DECODE_FAILED', 'hr messages with inconsistent event times: not merged', offset);
  }
  const { objects, developers, issues } = state;
  const { truncated, headerCrcMismatch, fileCrcMismatch, files } = framing;
  const records = state.record.table;
  return {
    objects,
    records,
    developers,
    truncated,
    headerCrcMismatch,
    fileCrcMismatch,
    chainedFiles: files,
    issues,
  };
}

interface Framing {
  truncated: boolean;
  headerCrcMismatch: boolean;
  fileCrcMismatch: boolean;
  files: number;
}

/** One FIT file of the chain at `offset`: framing checks and its messages. Returns the next offset or -1. */
function decodeFile(state: State, offset: number, framing: Framing): number {
  const { bytes } = state;
  const header = readHeader(bytes, offset);
  if (header === null) {
    if (framing.files === 0) framing.truncated = true;
    issue(
      state,
      framing.files === 0 ? 'FIT_INVALID_HEADER' : 'FIT_DECODE_FAILED',
      'no FIT file header here',
      offset,
    );
    return -1;
  }
  framing.files++;
  if (header.storedCrc !== 0 && header.storedCrc !== fitCrc(bytes, offset, offset + 12)) {
    framing.headerCrcMismatch = true;
    issue(state, 'FIT_HEADER_CRC_MISMATCH', 'header CRC does not match', offset);
  }
  const dataEnd = offset + header.size + header.dataSize;
  if (state.decoding) decodeMessages(state, offset + header.size, dataEnd);
  if (dataEnd + 2 > bytes.length) {
    framing.truncated = true;
    issue(
      state,
      'FIT_TRUNCATED',
      `file ends at byte ${bytes.length}, header says ${dataEnd + 2}`,
      bytes.length,
    );
    return -1;
  }
  const stored = (bytes[dataEnd] ?? 0) | ((bytes[dataEnd + 1] ?? 0) << 8);
  if (stored !== fitCrc(bytes, offset, dataEnd)) {
    framing.fileCrcMismatch = true;
    issue(state, 'FIT_CRC_MISMATCH', 'file CRC does not match', dataEnd);
  }
  return dataEnd + 2;
}

function decodeMessages(state: State, start: number, dataEnd: number): void {
  let pos = start;
  while (pos < dataEnd && state.decoding) {
    const next = decodeMessage(state, pos);
    if (next <= pos) {
      state.decoding = false;
      return;
    }
    pos = next;
  }
}

/** Decodes the message at `pos`; returns the position after it, or -1 after recording an issue. */
function decodeMessage(state: State, pos: number): number {
  const { bytes } = state;
  const header = bytes[pos] ?? 0;
  if ((header & 0x80) !== 0) return decodeData(state, pos, (header >> 5) & 0x3, header & 0x1f);
  if ((header & 0x40) === 0) return decodeData(state, pos, header & 0x0f, -1);
  const parsed = parseDefinition(bytes, pos, bytes.length);
  if (!parsed.ok) {
    if (parsed.reason === 'truncated') issue(state, 'FIT_TRUNCATED', 'definition cut off', pos);
    else issue(state, 'FIT_DECODE_FAILED', 'definition with an unknown base type', pos);
    return -1;
  }
  state.definitions[header & 0x0f] = parsed.definition;
  return parsed.next;
}

/** Decodes a data message; `timeOffset` is the 5-bit compressed-header time offset, or -1. */
function decodeData(state: State, pos: number, local: number, timeOffset: number): number {
  const def = state.definitions[local];
  if (def === undefined) {
    issue(state, 'FIT_DECODE_FAILED', `data message for undefined local message ${local}`, pos);
    return -1;
  }
  const start = pos + 1;
  const end = start + def.dataSize;
  if (end > state.bytes.length) {
    issue(state, 'FIT_TRUNCATED', 'data message cut off', pos);
    return -1;
  }
  let compressedS = Number.NaN;
  if (timeOffset >= 0) {
    const last = state.lastTimestampS;
    compressedS = Number.isNaN(last) ? Number.NaN : last + ((timeOffset - last) & 0x1f);
    if (!Number.isNaN(compressedS)) state.lastTimestampS = compressedS;
  } else if (def.timestampAt >= 0) {
    const stamp = state.view.getUint32(start + def.timestampAt, def.littleEndian);
    if (stamp !== 0xffffffff) state.lastTimestampS = stamp;
  }
  if (def.globalNum === MesgNum.record) {
    const ctx = state.record;
    ctx.pos = start;
    ctx.timestampS = compressedS;
    const cache = def.developerCache;
    const resolved =
      cache.version === state.developers.version
        ? cache
        : recordOpsWithDevelopers(def, state.developers, ctx.table);
    decodeRecord(resolved, ctx);
    if (resolved.others.length > 0) {
      const input = { bytes: state.bytes, view: state.view, littleEndian: def.littleEndian };
      decodeDeveloperOthers(input, resolved.others, start, ctx.table);
    }
  } else if (def.objectKey !== null) {
    decodeObjectMessage(
      { bytes: state.bytes, view: state.view, pos: start },
      def,
      state.objects,
      state.developers,
    );
    if (!Number.isNaN(compressedS)) stampObject(state, def, compressedS);
  } else if (def.hrFields.length > 0) {
    const view = new DataView(state.bytes.buffer, state.bytes.byteOffset + start, def.dataSize);
    decodeHrMessage(view, def.hrFields, def.littleEndian, state.hr);
  }
  return end;
}

function stampObject(state: State, def: CompiledDefinition, timestampS: number): void {
  if (def.objectKey === null || def.objectKey === 'fileId') return;
  const list = state.objects[def.objectKey];
  const last = list[list.length - 1];
  if (last !== undefined) last.timestampMs = (timestampS + 631_065_600) * 1000;
}
