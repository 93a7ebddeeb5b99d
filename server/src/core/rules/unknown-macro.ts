/**
 * Palette resolves an unknown `{{ .spectro.system.X }}` or a `{{ .spectro.pack.P.path }}` naming no pack (or no
 * key) to an empty string at deploy time, silently. System macros come from a fixed list (FACTS.md §7); pack
 * references are checked against the profile's packs and, when present, their values (longest-key match), then
 * against the pack's default values when the catalog has them (unknown-macro-defaults.ts).
 * User macros (`.spectro.macro.X`) and Helm templates are never reported.
 */
import type { Rule, RuleFinding } from './rule.js';
import { hasDefault, splitPackPath } from '../macros.js';
import { profileMacros } from '../profile-macros.js';
import type { LocatedMacro } from '../profile-macros.js';
import { systemMacros } from '../system-macros.js';
import { macroPackNames, packByMacroName } from '../pack-lookup.js';
import { resolveDottedPath } from '../dotted-path.js';
import { nearestValue } from './nearest-value.js';
import type { ProfileDocument, Range } from '../model.js';
import type { CatalogSnapshot } from '../catalog.js';
import { pathInPackDefaults } from './unknown-macro-defaults.js';

function subRange(m: LocatedMacro, from: number, to: number): Range {
  const values = m.pack.values;
  if (!values) return m.pathRange;
  return [values.toOuter(m.ref.pathStart + from), values.toOuter(m.ref.pathStart + to)];
}

function checkSystem(m: LocatedMacro): RuleFinding[] {
  if (systemMacros.includes(m.ref.path)) return [];
  const suggestion = nearestValue(m.ref.path, systemMacros);
  const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
  return [{ message: `'.spectro.system.${m.ref.path}' is not a Palette system macro.${hint}`, range: m.pathRange, data: { kind: 'system', name: m.ref.path, suggestion } }];
}

function checkPack(m: LocatedMacro, profile: ProfileDocument, catalog: CatalogSnapshot): RuleFinding[] {
  const { pack: name, valuesPath } = splitPackPath(m.ref.path);
  const target = packByMacroName(profile, name);
  if (!target) {
    const suggestion = nearestValue(name, macroPackNames(profile));
    const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
    return [{ message: `No pack '${name}' in this profile.${hint}`, range: subRange(m, 0, name.length), data: { kind: 'pack', name, suggestion } }];
  }
  if (valuesPath === '' || hasDefault(m.ref)) return [];
  if (target.values && resolveDottedPath(target.values.doc.contents, valuesPath)) return [];
  const defaults = pathInPackDefaults(target, valuesPath, catalog);
  if (defaults?.found) return [];
  // Without the catalog's defaults a pack with no values block in the profile cannot be judged.
  if (!defaults && !target.values) return [];
  const start = name.length + 1;
  const where = defaults ? `neither in the values of pack '${name}' nor in its default values (${defaults.version})` : `not in the values of pack '${name}'`;
  return [{
    message: `'${valuesPath}' is ${where}; Palette would resolve it to an empty string.`,
    range: subRange(m, start, start + valuesPath.length),
    data: { kind: 'pack-path', name, path: valuesPath, checkedDefaults: defaults !== undefined },
  }];
}

export const unknownMacro: Rule = {
  code: 'unknown-macro',
  severity: 'warning',
  description: 'A system macro that does not exist, or a pack macro naming a pack or key the profile does not have.',
  check({ profile, catalog }) {
    const found: RuleFinding[] = [];
    for (const m of profileMacros(profile)) {
      if (!m.live) continue;
      if (m.ref.kind === 'system') found.push(...checkSystem(m));
      else if (m.ref.kind === 'pack' && m.ref.path !== '') found.push(...checkPack(m, profile, catalog));
    }
    return found;
  },
};
