/**
 * From raw session runs to what the README shows: per document size and server the median over runs (each run's
 * own median for repeated edits), completion/hover p50/p95 over all samples, and our figures as ratios to yls.
 */
import type { SessionResult } from './editor-session.js';
import { median, percentile, round } from './stats.js';

export interface ServerFigures {
  coldStartMs: number;
  openMs: number;
  editMs: number;
  burstMs: number;
  outerMs: number;
  rssAfterOpenMiB: number;
  peakRssMiB: number;
  diagnosticsAtOpen: number;
  completionOuter: { p50: number; p95: number } | null;
  completionValues: { p50: number; p95: number } | null;
  hoverOuter: { p50: number; p95: number } | null;
  hoverValues: { p50: number; p95: number } | null;
}

export interface SizeSummary {
  lines: number;
  packs: number;
  palette: ServerFigures;
  yls: ServerFigures;
  /** palette / yls for the latency and memory figures. */
  ratios: Record<'coldStart' | 'open' | 'edit' | 'burst' | 'outer' | 'rssAfterOpen' | 'peakRss', number>;
}

function pct(samples: number[]): { p50: number; p95: number } | null {
  return samples.length === 0 ? null : { p50: round(percentile(samples, 50), 2), p95: round(percentile(samples, 95), 2) };
}

export function figures(runs: SessionResult[]): ServerFigures {
  const m = (pick: (r: SessionResult) => number) => round(median(runs.map(pick)));
  const all = (pick: (r: SessionResult) => number[]) => runs.flatMap(pick);
  return {
    coldStartMs: m((r) => r.coldStartMs),
    openMs: m((r) => r.openMs),
    editMs: m((r) => median(r.editMs)),
    burstMs: m((r) => r.burstMs),
    outerMs: m((r) => median(r.outerMs)),
    rssAfterOpenMiB: m((r) => r.rssAfterOpenMiB),
    peakRssMiB: m((r) => r.peakRssMiB),
    diagnosticsAtOpen: m((r) => r.diagnosticsAtOpen),
    completionOuter: pct(all((r) => r.completionOuterMs)),
    completionValues: pct(all((r) => r.completionValuesMs)),
    hoverOuter: pct(all((r) => r.hoverOuterMs)),
    hoverValues: pct(all((r) => r.hoverValuesMs)),
  };
}

export function summarize(lines: number, packs: number, palette: SessionResult[], yls: SessionResult[]): SizeSummary {
  const p = figures(palette);
  const y = figures(yls);
  const r = (a: number, b: number) => round(a / b, 2);
  return {
    lines, packs, palette: p, yls: y,
    ratios: {
      coldStart: r(p.coldStartMs, y.coldStartMs),
      open: r(p.openMs, y.openMs),
      edit: r(p.editMs, y.editMs),
      burst: r(p.burstMs, y.burstMs),
      outer: r(p.outerMs, y.outerMs),
      rssAfterOpen: r(p.rssAfterOpenMiB, y.rssAfterOpenMiB),
      peakRss: r(p.peakRssMiB, y.peakRssMiB),
    },
  };
}
