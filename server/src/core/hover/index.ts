/** Hover: which thing is under the cursor (macro, pack field, values key), then that thing's markdown. */
import type { CatalogSnapshot } from '../catalog.js';
import type { Field, ProfileDocument, Range } from '../model.js';
import { packMacros } from '../profile-macros.js';
import { macroHover } from './macro-hover.js';
import { packHover, versionHover } from './pack-hover.js';
import { keyAt, valuesKeyHover } from './values-key-hover.js';

export interface HoverResult {
  range: Range;
  markdown: string;
}

const covers = (range: Range | undefined, offset: number) => range !== undefined && range[0] <= offset && offset <= range[1];
const fieldHit = (field: Field | undefined, offset: number) => field !== undefined && covers(field.range, offset) && field.value !== '';

/** Hover at outer offset `offset`, or undefined when there is nothing to say. Never throws. */
export function hoverAt(profile: ProfileDocument, offset: number, catalog: CatalogSnapshot): HoverResult | undefined {
  const pack = profile.packs.find((p) => covers(p.range, offset));
  if (!pack) return undefined;
  const hover = (range: Range, markdown: string | undefined) => (markdown ? { range, markdown } : undefined);
  if (pack.values && covers(pack.values.contentRange, offset)) {
    const macro = packMacros(pack).find((m) => covers(m.range, offset));
    if (macro) return hover(macro.range, macroHover(macro, profile, catalog));
    const key = keyAt(pack.values, offset);
    return key && hover(key.range, valuesKeyHover(pack, key, catalog));
  }
  if (pack.name && fieldHit(pack.name, offset)) return hover(pack.name.range, packHover(pack, catalog));
  for (const field of ['tag', 'version'] as const) {
    const f = pack[field];
    if (f && fieldHit(f, offset)) return hover(f.range, versionHover(pack, field, catalog));
  }
  return undefined;
}
