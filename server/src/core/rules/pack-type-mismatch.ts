import type { Rule } from './rule.js';
import { packTypes } from './enums.js';
import { expectedPackType } from './expected-pack-type.js';

/**
 * Palette rejects a publish whose pack type differs from the type the pack has in its registry, with
 * "PackType 'X' is not matching with registry type 'Y'". Manifest packs live in the profile itself and have
 * no registry type to match.
 */
export const packTypeMismatch: Rule = {
  code: 'pack-type-mismatch',
  severity: 'error',
  description: "The pack's type is not the type the pack has in its registry (Palette rejects the publish).",
  checkPack: (pack, { catalog }) => {
    const declared = pack.type?.value;
    // Invalid or empty types are invalid-enum's and missing-field's findings.
    if (pack.type === undefined || declared === undefined || declared === 'manifest') return [];
    if (!(packTypes as readonly string[]).includes(declared)) return [];
    const expected = expectedPackType(pack, catalog);
    if (expected === undefined || expected.type === declared) return [];
    return [{
      message: `PackType '${declared}' is not matching with registry type '${expected.type}': packs in '${expected.registry}' are of type '${expected.type}'.`,
      range: pack.type.range,
      data: { expected: expected.type, declared, registry: expected.registry, source: expected.source },
    }];
  },
};
