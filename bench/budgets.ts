/** The budgets, checked against one run's summary. Ratios are palette / yaml-language-server. */
import { defaultSettings } from '../server/src/protocol.js';
import type { SizeSummary } from './summary.js';

const validationDelay = defaultSettings.validationDelay;

export interface BudgetCheck {
  budget: string;
  measured: string;
  ok: boolean | null;
}

export interface OtherFigures {
  catalog?: { parallelMs: number; serialMs: number };
  activation?: { activateMs: number; loadMs: number };
  bundles?: { distJsKiB: number; distAllKiB: number };
}

export function checkBudgets(sizes: SizeSummary[], other: OtherFigures): BudgetCheck[] {
  const out: BudgetCheck[] = [];
  const at = (lines: number) => sizes.find((s) => Math.abs(s.lines - lines) / lines < 0.1);
  const ratio = (budget: string, lines: number, value: (s: SizeSummary) => number, max: number) => {
    const s = at(lines);
    out.push({ budget, measured: s ? `${value(s)}×` : 'not run', ok: s ? value(s) <= max : null });
  };
  ratio('open → diagnostics ≤ 0.5× (10k)', 10_000, (s) => s.ratios.open, 0.5);
  ratio('open → diagnostics ≤ 0.5× (50k)', 50_000, (s) => s.ratios.open, 0.5);
  ratio('edit in values → diagnostics ≤ 0.15× (10k)', 10_000, (s) => s.ratios.edit, 0.15);
  ratio('edit in values → diagnostics ≤ 0.2× (50k)', 50_000, (s) => s.ratios.edit, 0.2);
  for (const lines of [10_000, 50_000]) {
    const s = at(lines);
    out.push({
      // No lag beyond one validation: at most the trailing debounce, one run still in flight and the answering run.
      budget: `10-key burst: last key → diagnostics ≤ debounce (${validationDelay} ms) + 2 × one edit (${lines / 1000}k)`,
      measured: s ? `${s.palette.burstMs} ms vs edit ${s.palette.editMs} ms` : 'not run',
      ok: s ? s.palette.burstMs <= validationDelay + 2 * s.palette.editMs : null,
    });
  }
  const s10 = at(10_000);
  for (const [name, key] of [['completion outer', 'completionOuter'], ['completion in values', 'completionValues'],
    ['hover outer', 'hoverOuter'], ['hover in values', 'hoverValues']] as const) {
    const f = s10?.palette[key];
    out.push({ budget: `${name} p95 ≤ 10 ms (10k)`, measured: f ? `${f.p95} ms` : 'not served / not run', ok: f ? f.p95 <= 10 : null });
  }
  for (const s of sizes) {
    out.push({ budget: `RSS after open ≤ yls (${Math.round(s.lines / 1000)}k)`, measured: `${s.palette.rssAfterOpenMiB} vs ${s.yls.rssAfterOpenMiB} MiB`,
      ok: s.ratios.rssAfterOpen <= 1 });
  }
  const c = other.catalog;
  out.push({ budget: 'full catalog load ≤ 1/3 of serial paging (200 ms latency)',
    measured: c ? `${c.parallelMs} ms vs ${c.serialMs} ms (${(c.parallelMs / c.serialMs).toFixed(2)}×)` : 'not run',
    ok: c ? c.parallelMs <= c.serialMs / 3 : null });
  const a = other.activation;
  out.push({ budget: 'extension activate() ≤ 50 ms', measured: a ? `${a.activateMs} ms (+ ${a.loadMs} ms loading the bundle)` : 'not run',
    ok: a ? a.activateMs <= 50 : null });
  const b = other.bundles;
  out.push({ budget: 'all of dist/ ≤ 2 MB', measured: b ? `${b.distAllKiB} KiB (${b.distJsKiB} KiB of bundles)` : 'not run',
    ok: b ? b.distAllKiB <= 2048 : null });
  return out;
}
