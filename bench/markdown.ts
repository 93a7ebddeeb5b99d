/** The benchmark's table, as printed and as kept in the README's Performance section. */
import type { BudgetCheck } from './budgets.js';
import type { ServerFigures, SizeSummary } from './summary.js';

export interface RunInfo {
  date: string;
  machine: string;
  node: string;
  yls: string;
  runs: number;
}

const ms = (n: number) => `${n} ms`;
const pp = (f: ServerFigures['hoverOuter']) => (f ? `${f.p50} / ${f.p95} ms` : 'n/a');

function rows(s: SizeSummary): string[] {
  const k = `${Math.round(s.lines / 1000)}k`;
  const row = (metric: string, p: string, y: string, ratio?: number) => `| ${k} | ${metric} | ${p} | ${y} | ${ratio === undefined ? '' : `${ratio}×`} |`;
  return [
    row('open → diagnostics', ms(s.palette.openMs), ms(s.yls.openMs), s.ratios.open),
    row('edit in values → diagnostics', ms(s.palette.editMs), ms(s.yls.editMs), s.ratios.edit),
    row('10-key burst, last key → diagnostics', ms(s.palette.burstMs), ms(s.yls.burstMs), s.ratios.burst),
    row('outer edit → diagnostics', ms(s.palette.outerMs), ms(s.yls.outerMs), s.ratios.outer),
    row('completion p50 / p95, outer', pp(s.palette.completionOuter), pp(s.yls.completionOuter)),
    row('completion p50 / p95, in values', pp(s.palette.completionValues), pp(s.yls.completionValues)),
    row('hover p50 / p95, outer', pp(s.palette.hoverOuter), pp(s.yls.hoverOuter)),
    row('hover p50 / p95, in values', pp(s.palette.hoverValues), pp(s.yls.hoverValues)),
    row('RSS after open', `${s.palette.rssAfterOpenMiB} MiB`, `${s.yls.rssAfterOpenMiB} MiB`, s.ratios.rssAfterOpen),
    row('peak RSS', `${s.palette.peakRssMiB} MiB`, `${s.yls.peakRssMiB} MiB`, s.ratios.peakRss),
    row('cold start (spawn → initialize result)', ms(s.palette.coldStartMs), ms(s.yls.coldStartMs), s.ratios.coldStart),
    row('diagnostics at open', String(s.palette.diagnosticsAtOpen), String(s.yls.diagnosticsAtOpen)),
  ];
}

export function markdown(info: RunInfo, sizes: SizeSummary[], budgets: BudgetCheck[], extra: string[]): string {
  const docs = sizes.map((s) => `${Math.round(s.lines / 1000)}k = ${s.lines} lines / ${s.packs} packs`).join(', ');
  return [
    `Run ${info.date} on ${info.machine}; both servers on Node ${info.node}; yaml-language-server ${info.yls} with`,
    `bench/profile.schema.json for the outer structure. Medians over ${info.runs} runs (a fresh server per run); ratio = ours / yls.`,
    `Documents: ${docs}.`,
    '',
    '| doc | metric | palette-profiles | yaml-language-server | ratio |',
    '| --- | --- | --- | --- | --- |',
    ...sizes.flatMap(rows),
    '',
    ...extra,
    '',
    '| budget | measured | met |',
    '| --- | --- | --- |',
    ...budgets.map((b) => `| ${b.budget} | ${b.measured} | ${b.ok === null ? '—' : b.ok ? 'yes' : '**no**'} |`),
  ].join('\n');
}
