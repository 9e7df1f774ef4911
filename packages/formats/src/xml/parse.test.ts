import { describe, expect, it } from 'vitest';
import { importGpxText } from '../gpx/import-gpx';
import { xmlParse } from './parse';
import { distanceCumulative } from './track';

const names: string[] = [];
const collect = { close: (name: string) => void names.push(name) };

describe('xmlParse', () => {
  it('refuses a billion-laughs document without expanding it', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><gpx>&lol2;</gpx>`;
    expect(xmlParse(lol, collect).error?.code).toBe('XML_ENTITY_REFUSED');
  });

  it('refuses an external entity (XXE)', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><gpx>&x;</gpx>`;
    expect(xmlParse(xxe, collect).error?.code).toBe('XML_ENTITY_REFUSED');
  });

  it('refuses an undefined entity reference even without a DOCTYPE', () => {
    expect(xmlParse('<gpx>&nope;</gpx>', collect).error?.code).toBe('XML_ENTITY_REFUSED');
  });

  it('reports malformed XML with a code', () => {
    expect(xmlParse('<gpx><trk></gpx>', collect).error?.code).toBe('XML_MALFORMED');
  });

  it('tolerates prefixes nobody declared and reports them', () => {
    const out = xmlParse('<gpx><gpxdata:hr>150</gpxdata:hr></gpx>', collect);
    expect(out.error).toBeNull();
    expect(out.unboundPrefixes).toEqual(['gpxdata']);
  });

  it('reads a GPX whose extensions use an undeclared prefix, with a warning', () => {
    const gpx = `<gpx version="1.1"><trk><type>running</type><trkseg>
      <trkpt lat="45" lon="5"><time>2020-01-01T10:00:00Z</time><extensions><gpxdata:hr>150</gpxdata:hr></extensions></trkpt>
      <trkpt lat="45.0001" lon="5"><time>2020-01-01T10:00:05Z</time><extensions><gpxdata:hr>152</gpxdata:hr></extensions></trkpt>
    </trkseg></trk></gpx>`;
    const r = importGpxText(gpx);
    expect(r.ok && r.warnings.map((w) => w.code)).toContain('XML_PREFIX_UNBOUND');
    expect(r.ok && [...(r.activity.samples.channels.heartRate?.values ?? [])]).toEqual([150, 152]);
  });
});

describe('distanceCumulative', () => {
  it('carries the distance over a per-lap restart and leaves small GPS drops alone', () => {
    expect([...distanceCumulative(Float64Array.from([0, 500, 1000, 0, 400]))]).toEqual([
      0, 500, 1000, 1000, 1400,
    ]);
    expect([...distanceCumulative(Float64Array.from([0, 500, 499.5, 600]))]).toEqual([0, 500, 499.5, 600]);
  });
});
