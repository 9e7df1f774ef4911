// Builds synthetic FIT run files with the FitWriter: every field Upright maps, in either byte order,
// with options for the decoder features under test.
import { FitWriter, T, type DevField, type Field } from './fit-writer';

/** 2021-09-09T01:46:40Z as FIT seconds (since 1989-12-31T00:00:00Z). */
export const T0 = 1_000_000_000 - 631_065_600;

export interface RunOptions {
  readonly records?: number;
  readonly littleEndian?: boolean;
  readonly headerSize?: 12 | 14;
  /** Write records 2..n with compressed-timestamp headers (1 s apart). */
  readonly compressedTimestamps?: boolean;
  /** Use the 16-bit speed/altitude fields instead of the enhanced ones. */
  readonly legacySpeedAltitude?: boolean;
  /** Add a Stryd-like developer app with power, form power and leg spring stiffness. */
  readonly developer?: boolean;
  /** Every Nth record writes invalid values for every field but the timestamp. */
  readonly invalidEvery?: number;
  readonly fileType?: number;
}

const STRYD_APP_ID = [
  0x66, 0x0a, 0x58, 0x1e, 0x53, 0x01, 0x46, 0x0c, 0x8f, 0x2f, 0x03, 0x4c, 0x8b, 0x6d, 0xc9, 0x0f,
];

function f(num: number, type: number, value: Field['value']): Field {
  return { num, type, value };
}

function header(w: FitWriter, o: RunOptions): void {
  const le = o.littleEndian ?? true;
  w.message(
    0,
    [
      f(0, T.enum, o.fileType ?? 4),
      f(1, T.uint16, 1),
      f(2, T.uint16, 2691),
      f(3, T.uint32z, 3_912_345_678),
      f(4, T.uint32, T0),
    ],
    { littleEndian: le },
  );
  w.message(
    23,
    [
      f(253, T.uint32, T0),
      f(0, T.uint8, 0),
      f(2, T.uint16, 1),
      f(4, T.uint16, 2691),
      f(5, T.uint16, 1220),
      f(27, T.string, 'Forerunner 935'),
    ],
    { local: 1, littleEndian: le },
  );
  w.message(21, [f(253, T.uint32, T0), f(0, T.enum, 0), f(1, T.enum, 0)], { local: 2, littleEndian: le });
  if (o.developer === true) developerHeader(w, le);
}

function developerHeader(w: FitWriter, le: boolean): void {
  w.message(207, [f(1, T.byte, STRYD_APP_ID), f(3, T.uint8, 0), f(4, T.uint32, 112)], {
    local: 3,
    littleEndian: le,
  });
  const descriptions: [number, number, string, string][] = [
    [0, T.uint16, 'Power', 'Watts'],
    [1, T.uint16, 'Form Power', 'Watts'],
    [2, T.float32, 'Leg Spring Stiffness', 'kN/m'],
  ];
  for (const [num, type, name, units] of descriptions) {
    w.message(
      206,
      [
        f(0, T.uint8, 0),
        f(1, T.uint8, num),
        f(2, T.uint8, type),
        f(3, T.string, name),
        f(8, T.string, units),
        f(14, T.uint16, 20),
      ],
      { local: 3, littleEndian: le },
    );
  }
}

function recordFields(i: number, o: RunOptions): Field[] {
  const invalid = o.invalidEvery !== undefined && i % o.invalidEvery === o.invalidEvery - 1;
  const v = (value: number): number | null => (invalid ? null : value);
  const speed = 2.8 + 0.3 * Math.sin(i / 7);
  const altitude = 120 + 8 * Math.sin(i / 40);
  const fields: Field[] = [
    f(253, T.uint32, T0 + i),
    f(0, T.sint32, v(Math.round(((47.6 + i * 1e-5) / 180) * 2 ** 31))),
    f(1, T.sint32, v(Math.round(((-122.3 + i * 1e-5) / 180) * 2 ** 31))),
    f(5, T.uint32, v(Math.round(i * 280))),
    f(3, T.uint8, v(140 + (i % 20))),
    f(4, T.uint8, v(86 + (i % 3))),
    f(53, T.uint8, v((i % 2) * 64)),
    f(7, T.uint16, v(250 + (i % 30))),
    f(13, T.sint8, v(-3 + (i % 5))),
    f(39, T.uint16, v(Math.round((85 + (i % 10)) * 10))),
    f(41, T.uint16, v(Math.round((240 + (i % 15)) * 10))),
    f(84, T.uint16, v(Math.round((49.5 + (i % 3) / 2) * 100))),
    f(83, T.uint16, v(Math.round((7.8 + (i % 4) / 10) * 100))),
    f(85, T.uint16, v(Math.round((1100 + (i % 50)) * 10))),
    f(42, T.enum, v(1)),
  ];
  if (o.legacySpeedAltitude === true) {
    fields.push(
      f(6, T.uint16, v(Math.round(speed * 1000))),
      f(2, T.uint16, v(Math.round((altitude + 500) * 5))),
    );
  } else {
    fields.push(
      f(73, T.uint32, v(Math.round(speed * 1000))),
      f(78, T.uint32, v(Math.round((altitude + 500) * 5))),
    );
  }
  return fields;
}

function developerValues(i: number): DevField[] {
  return [
    { num: 0, index: 0, type: T.uint16, value: 260 + (i % 40) },
    { num: 1, index: 0, type: T.uint16, value: 70 + (i % 9) },
    { num: 2, index: 0, type: T.float32, value: 9.5 + (i % 7) / 4 },
  ];
}

function records(w: FitWriter, o: RunOptions, n: number): void {
  const le = o.littleEndian ?? true;
  for (let i = 0; i < n; i++) {
    const dev = o.developer === true ? developerValues(i) : [];
    const compressed = o.compressedTimestamps === true && i > 0;
    const fields = recordFields(i, o).filter((x) => !(compressed && x.num === 253));
    w.message(20, fields, {
      local: compressed ? 2 : 4,
      littleEndian: le,
      dev,
      ...(compressed ? { timeOffset: (T0 + i) & 0x1f } : {}),
    });
  }
}

function summary(w: FitWriter, o: RunOptions, n: number): void {
  const le = o.littleEndian ?? true;
  const end = T0 + n - 1;
  w.message(21, [f(253, T.uint32, end), f(0, T.enum, 0), f(1, T.enum, 4)], { local: 5, littleEndian: le });
  const totals = [
    f(253, T.uint32, end),
    f(2, T.uint32, T0),
    f(7, T.uint32, (n - 1) * 1000),
    f(8, T.uint32, (n - 1) * 1000),
    f(9, T.uint32, (n - 1) * 280),
  ];
  w.message(
    19,
    [
      ...totals,
      f(24, T.enum, 0),
      f(25, T.enum, 1),
      f(15, T.uint8, 148),
      f(17, T.uint8, 87),
      f(80, T.uint8, 64),
    ],
    { local: 6, littleEndian: le },
  );
  w.message(
    18,
    [
      ...totals,
      f(5, T.enum, 1),
      f(6, T.enum, 0),
      f(11, T.uint16, 410),
      f(16, T.uint8, 148),
      f(17, T.uint8, 171),
      f(18, T.uint8, 87),
      f(92, T.uint8, 64),
      f(20, T.uint16, 262),
      f(22, T.uint16, 40),
      f(23, T.uint16, 38),
      f(25, T.uint16, 0),
      f(26, T.uint16, 1),
      f(28, T.enum, 0),
    ],
    { local: 7, littleEndian: le },
  );
}

/** A synthetic run as a FitWriter (not yet closed), so tests can append or corrupt. */
export function runWriter(options: RunOptions = {}): FitWriter {
  const n = options.records ?? 120;
  const w = new FitWriter(options.headerSize ?? 14);
  header(w, options);
  records(w, options, n);
  summary(w, options, n);
  return w;
}

/** A synthetic run FIT file. */
export function runFit(options: RunOptions = {}): Uint8Array {
  return runWriter(options).bytes();
}
