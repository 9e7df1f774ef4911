// Compiles a record definition's ops into one straight-line function (offsets, scales, slots and
// invalid markers become constants), which V8 runs several times faster than the op interpreter in
// ./decode-record.ts. The generated source contains only numbers computed here, never bytes or text
// from the file. Where code generation is not allowed (a strict Content-Security-Policy), callers get
// null and use the interpreter: same results, tested both ways.
import { Reader, type ReaderId } from './base-types';
import { OpKind, type RecordOp } from './record-ops';
import { FIT_EPOCH_S } from './values';

/** What a compiled reader writes to, created once per decode. */
export interface CompiledState {
  readonly bytes: Uint8Array;
  readonly view: DataView;
  readonly columns: Float64Array[];
  readonly distance: { started: boolean; total: number; last: number };
  /** Handles compressed_speed_distance (rare; not worth inlining). */
  readonly csd: (p: number, row: number) => void;
}

/** Reads the record whose fields start at `p` into row `row`. */
export type CompiledRecordReader = (p: number, row: number, state: CompiledState) => void;

function readExpression(reader: ReaderId, p: string): string {
  const byte = (k: number): string => `b[${p} + ${k}]`;
  switch (reader) {
    case Reader.u8:
      return byte(0);
    case Reader.i8:
      return `((${byte(0)} << 24) >> 24)`;
    case Reader.u16le:
      return `(${byte(0)} | (${byte(1)} << 8))`;
    case Reader.u16be:
      return `((${byte(0)} << 8) | ${byte(1)})`;
    case Reader.i16le:
      return `(((${byte(0)} | (${byte(1)} << 8)) << 16) >> 16)`;
    case Reader.i16be:
      return `((((${byte(0)} << 8) | ${byte(1)}) << 16) >> 16)`;
    case Reader.u32le:
      return `((${byte(0)} | (${byte(1)} << 8) | (${byte(2)} << 16) | (${byte(3)} << 24)) >>> 0)`;
    case Reader.u32be:
      return `(((${byte(0)} << 24) | (${byte(1)} << 16) | (${byte(2)} << 8) | ${byte(3)}) >>> 0)`;
    case Reader.i32le:
      return `(${byte(0)} | (${byte(1)} << 8) | (${byte(2)} << 16) | (${byte(3)} << 24))`;
    case Reader.i32be:
      return `((${byte(0)} << 24) | (${byte(1)} << 16) | (${byte(2)} << 8) | ${byte(3)})`;
    case Reader.otherLe:
    case Reader.otherBe:
      return '';
  }
}

const FLOAT_GETTER: Readonly<Record<number, string>> = { 8: 'getFloat32', 9: 'getFloat64' };

function literal(n: number): string {
  if (!Number.isFinite(n)) throw new Error('non-finite constant');
  return Object.is(n, -0) ? '-0' : String(n);
}

function opSource(op: RecordOp, i: number): string | null {
  const p = `p${i}`;
  let read = readExpression(op.reader, p);
  if (read === '') {
    const getter = FLOAT_GETTER[op.baseType];
    if (getter === undefined) return null;
    read = `view.${getter}(${p}, ${op.reader === Reader.otherLe ? 'true' : 'false'})`;
  }
  const valid = Number.isNaN(op.invalid) ? 'v === v' : `v !== ${literal(op.invalid)}`;
  const col = `c${op.slot}`;
  const value = `v / ${literal(op.scale)} - ${literal(op.offset)}`;
  const head = `{ const ${p} = p + ${literal(op.at)}; const v = ${read}; if (${valid}) { `;
  switch (op.kind) {
    case OpKind.plain:
      return `${head}${col}[row] = ${value}; } }`;
    case OpKind.expand:
      return `${head}const x = ${value}; ${col}[row] = x; c${op.slot2}[row] = x; } }`;
    case OpKind.enhanced:
      return `${head}if (${col}[row] !== ${col}[row]) ${col}[row] = ${value}; } }`;
    case OpKind.time:
      return `${head}${col}[row] = (v + ${FIT_EPOCH_S}) * 1000; } }`;
    case OpKind.distance:
      return `${head}${col}[row] = v / ${literal(op.scale)}; d.started = true; d.total = v; d.last = v; } }`;
    case OpKind.compressedSpeedDistance:
      return `state.csd(p + ${literal(op.at)}, row);`;
  }
}

let codegenAllowed: boolean | null = null;

/**
 * Readers by source text, shared by every decode in this thread: files from the same device have the
 * same definitions, so a history import compiles each layout once and V8 keeps it optimised.
 */
const readers = new Map<string, CompiledRecordReader>();
const MAX_CACHED_READERS = 512;

/** False when this runtime refused code generation (the interpreter is used instead). */
export function recordCodegenAvailable(): boolean {
  return codegenAllowed !== false;
}

/** For tests: force the interpreter (false) or allow code generation again (null). */
export function recordCodegenSet(allowed: false | null): void {
  codegenAllowed = allowed;
}

/** A compiled reader for `ops`, or null when code generation is unavailable or an op is unusual. */
export function compileRecordReader(ops: readonly RecordOp[]): CompiledRecordReader | null {
  if (codegenAllowed === false) return null;
  const slots = new Set<number>();
  const lines: string[] = [];
  for (const [i, op] of ops.entries()) {
    const line = opSource(op, i);
    if (line === null) return null;
    lines.push(line);
    if (op.kind !== OpKind.compressedSpeedDistance) slots.add(op.slot);
    if (op.kind === OpKind.expand) slots.add(op.slot2);
  }
  const prologue = [...slots].map((s) => `const c${s} = state.columns[${s}];`).join('\n');
  const body = `const b = state.bytes; const view = state.view; const d = state.distance;\n${prologue}\n${lines.join('\n')}`;
  const cached = readers.get(body);
  if (cached !== undefined) return cached;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from numbers only (see file comment)
    const reader = new Function('p', 'row', 'state', body) as CompiledRecordReader;
    codegenAllowed = true;
    if (readers.size >= MAX_CACHED_READERS) readers.clear();
    readers.set(body, reader);
    return reader;
  } catch {
    codegenAllowed = false;
    return null;
  }
}
