/**
 * One fuzz document through everything the editor runs on a keystroke: parse, validate (with a catalog),
 * completion and hover at random offsets, and the quick fixes of every finding. Returns what went wrong:
 * a throw, a rule that failed (internal-error), or a range outside the text.
 */
import type { CatalogSnapshot } from '../../server/src/core/catalog.js';
import { complete } from '../../server/src/core/complete/index.js';
import { fixesFor } from '../../server/src/core/fixes/index.js';
import { hoverAt } from '../../server/src/core/hover/index.js';
import type { Range } from '../../server/src/core/model.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { validate } from '../../server/src/core/validate.js';
import type { Rand } from './prng.js';

export interface DocumentProblem {
  kind: 'crash' | 'rule-failed' | 'range';
  detail: string;
}

function inside(range: Range, length: number): boolean {
  return Number.isInteger(range[0]) && Number.isInteger(range[1]) && range[0] >= 0 && range[0] <= range[1] && range[1] <= length;
}

/** Checks one document; `probes` random offsets get completion and hover. Never throws. */
export function checkDocument(text: string, catalog: CatalogSnapshot, r: Rand, probes = 3): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const range = (what: string, rg: Range) => {
    if (!inside(rg, text.length)) problems.push({ kind: 'range', detail: `${what} [${rg.join(', ')}] outside 0..${text.length}` });
  };
  let stage = 'parse';
  try {
    const profile = parseProfile(text, 'file:///fuzz.profile.yaml');
    stage = 'validate';
    const findings = validate(profile, catalog);
    stage = 'fixes';
    for (const f of findings) {
      range(f.code, f.range);
      if (f.code === 'internal-error') problems.push({ kind: 'rule-failed', detail: f.message });
      for (const fix of fixesFor(profile, f, catalog)) for (const e of fix.edits) range(`fix "${fix.title}"`, e.range);
    }
    for (let k = 0; k < probes; k++) {
      const offset = r.int(text.length + 1);
      stage = `complete@${offset}`;
      for (const c of complete(profile, offset, catalog)) {
        range(`completion "${c.label}"`, c.range);
        for (const e of c.additionalEdits ?? []) range(`completion "${c.label}" edit`, e.range);
      }
      stage = `hover@${offset}`;
      const hover = hoverAt(profile, offset, catalog);
      if (hover) range('hover', hover.range);
    }
  } catch (error) {
    problems.push({ kind: 'crash', detail: `${stage}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` });
  }
  return problems;
}
