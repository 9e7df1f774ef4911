import type { ImportWarning } from '@upright/core';

const ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Parses XML timestamps to Unix ms. Zone-less times are read as UTC; offsets are honoured. */
export class XmlTimeReader {
  offsetSeen: string | null = null;
  zoneless = false;

  read(text: string): number | null {
    const t = text.trim();
    if (t === '') return null;
    const zone = ZONE.exec(t)?.[0];
    if (zone === undefined) this.zoneless = true;
    else if (zone.toUpperCase() !== 'Z' && !/^[+-]00:?00$/.test(zone)) this.offsetSeen ??= zone;
    const ms = Date.parse(zone === undefined ? `${t}Z` : t);
    return Number.isFinite(ms) ? ms : null;
  }

  warnings(): ImportWarning[] {
    const out: ImportWarning[] = [];
    if (this.offsetSeen !== null) {
      out.push({
        code: 'TIMEZONE_OFFSET',
        message: `timestamps carry a UTC offset (${this.offsetSeen}); converted to UTC`,
      });
    }
    if (this.zoneless)
      out.push({ code: 'TIMEZONE_OFFSET', message: 'timestamps have no time zone; read as UTC' });
    return out;
  }
}
