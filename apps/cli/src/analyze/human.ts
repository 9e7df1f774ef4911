import type { AnalyzeLine } from './activity-json';

/** 1:05:09 or 45:09 (h:mm:ss, hours only when needed). */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

function formatDate(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function formatDistance(m: number | null): string {
  return m === null ? 'no distance' : `${(m / 1000).toFixed(2)} km`;
}

/** A readable multi-line summary of one successful line. */
export function humanSummary(line: AnalyzeLine & { ok: true }): string {
  const a = line.activity;
  const sport =
    a.sportRaw !== null && a.sportRaw.toLowerCase() !== a.sport ? `${a.sport} (${a.sportRaw})` : a.sport;
  const device = [a.device.manufacturer, a.device.product].filter((x) => x !== null).join(' ');
  const lines = [
    line.file,
    `  ${sport} · ${formatDate(a.startTime)} · ${formatDuration(a.durationS)} elapsed, ${formatDuration(a.movingTimeS)} moving · ${formatDistance(a.distanceM)} · ${a.laps} lap${a.laps === 1 ? '' : 's'}`,
    `  channels: ${a.channels.length > 0 ? a.channels.join(', ') : 'none'}`,
  ];
  if (device !== '') lines.push(`  device: ${device}`);
  for (const w of line.warnings) lines.push(`  warning ${w.code}: ${w.message}`);
  return lines.join('\n') + '\n';
}
