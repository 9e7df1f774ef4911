// uPlot plugin drawing the form-analysis context on a chart: shaded hills and the fresh band behind
// the line, pauses and the onset marker on top.
import type uPlot from 'uplot';

export interface XRange {
  readonly fromX: number;
  readonly toX: number;
}

export interface FreshBandSeries {
  /** Segment middles, display units. */
  readonly x: readonly number[];
  readonly lo: readonly (number | null)[];
  readonly hi: readonly (number | null)[];
}

export const NO_OVERLAYS: ChartOverlays = { onsetX: null, hills: [], pausesX: [], freshBand: null };

export interface ChartOverlays {
  /** Where form broke down, in display units; null if it held. */
  readonly onsetX: number | null;
  readonly hills: readonly XRange[];
  readonly pausesX: readonly number[];
  /** This metric's fresh band along the run (what fresh form predicts at each segment's speed and grade). */
  readonly freshBand: FreshBandSeries | null;
}

export interface OverlayColours {
  readonly hill: string;
  readonly band: string;
  readonly onset: string;
  readonly pause: string;
}

function xPos(u: uPlot, x: number): number {
  return u.valToPos(x, 'x', true);
}

/** Fills the band between lo and hi, one polygon per stretch without gaps. */
function fillBand(u: uPlot, band: FreshBandSeries, colour: string): void {
  const { ctx } = u;
  ctx.fillStyle = colour;
  let start = -1;
  const flush = (end: number): void => {
    if (start < 0 || end - start < 1) return;
    ctx.beginPath();
    for (let i = start; i <= end; i++)
      ctx.lineTo(xPos(u, band.x[i] ?? 0), u.valToPos(band.hi[i] ?? 0, 'y', true));
    for (let i = end; i >= start; i--)
      ctx.lineTo(xPos(u, band.x[i] ?? 0), u.valToPos(band.lo[i] ?? 0, 'y', true));
    ctx.closePath();
    ctx.fill();
  };
  for (let i = 0; i < band.x.length; i++) {
    const ok = band.lo[i] != null && band.hi[i] != null;
    if (ok && start < 0) start = i;
    if (!ok && start >= 0) {
      flush(i - 1);
      start = -1;
    }
  }
  if (start >= 0) flush(band.x.length - 1);
}

function drawBehind(u: uPlot, o: ChartOverlays, c: OverlayColours): void {
  const { ctx } = u;
  const { left, top, width, height } = u.bbox;
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, width, height);
  ctx.clip();
  ctx.fillStyle = c.hill;
  for (const h of o.hills) {
    const a = xPos(u, h.fromX);
    const b = xPos(u, h.toX);
    ctx.fillRect(Math.min(a, b), top, Math.abs(b - a), height);
  }
  if (o.freshBand !== null) fillBand(u, o.freshBand, c.band);
  ctx.restore();
}

function vLine(u: uPlot, x: number, style: { colour: string; dash: number[]; widthPx: number }): void {
  const { ctx } = u;
  const px = xPos(u, x);
  if (px < u.bbox.left || px > u.bbox.left + u.bbox.width) return;
  ctx.save();
  ctx.strokeStyle = style.colour;
  ctx.lineWidth = style.widthPx * devicePixelRatio;
  ctx.setLineDash(style.dash.map((d) => d * devicePixelRatio));
  ctx.beginPath();
  ctx.moveTo(px, u.bbox.top);
  ctx.lineTo(px, u.bbox.top + u.bbox.height);
  ctx.stroke();
  ctx.restore();
}

function drawOnTop(u: uPlot, o: ChartOverlays, c: OverlayColours): void {
  for (const x of o.pausesX) vLine(u, x, { colour: c.pause, dash: [3, 3], widthPx: 1 });
  if (o.onsetX !== null) vLine(u, o.onsetX, { colour: c.onset, dash: [], widthPx: 2 });
}

export function overlayPlugin(overlays: ChartOverlays, colours: OverlayColours): uPlot.Plugin {
  return {
    hooks: {
      drawClear: (u) => drawBehind(u, overlays, colours),
      draw: (u) => drawOnTop(u, overlays, colours),
    },
  };
}
