import type { Field } from '../model.js';
import type { Rule, RuleFinding } from './rule.js';
import {
  cloudTypes, packLayerAliases, packLayers, packTypeAliases, packTypes, profileTypeAliases, profileTypes,
} from './enums.js';
import { nearestValue } from './nearest-value.js';

/**
 * A value outside Palette's enum (FACTS.md §3). `data.suggestion` carries the nearest valid value when one is
 * close enough for a quick fix. Unknown cloud types are warnings: Palette also knows custom clouds by name.
 */
export const invalidEnum: Rule = {
  code: 'invalid-enum',
  severity: 'error',
  description: 'A pack type, layer, profile type or cloud type is not one Palette knows.',
  check: ({ profile }) => {
    const out: RuleFinding[] = [];
    const { type, cloudType } = profile.template;
    pushIfInvalid(out, type, 'profile type', profileTypes, profileTypeAliases);
    pushIfInvalid(out, cloudType, 'cloud type', cloudTypes, {}, 'warning');
    return out;
  },
  checkPack: (pack) => {
    const out: RuleFinding[] = [];
    pushIfInvalid(out, pack.type, 'pack type', packTypes, packTypeAliases);
    pushIfInvalid(out, pack.layer, 'layer', packLayers, packLayerAliases);
    return out;
  },
};

function pushIfInvalid(
  out: RuleFinding[],
  field: Field | undefined,
  what: string,
  allowed: readonly string[],
  aliases: Record<string, string>,
  severity?: 'warning',
): void {
  if (field === undefined) return;
  const value = String(field.value);
  // Empty values are missing-field's to report; one problem, one finding.
  if (value.trim() === '' || allowed.includes(value)) return;
  const suggestion = nearestValue(value, allowed, aliases);
  const hint = suggestion !== undefined ? ` Did you mean '${suggestion}'?` : '';
  const unknown = severity === 'warning' ? 'is not a known' : 'is not a valid';
  out.push({
    message: `'${value}' ${unknown} ${what} (${allowed.join(', ')}).${hint}`,
    range: field.range,
    data: { field: what, value, allowed: [...allowed], ...(suggestion !== undefined ? { suggestion } : {}) },
    ...(severity ? { severity } : {}),
  });
}
