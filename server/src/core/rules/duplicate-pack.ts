import type { PackEntry } from '../model.js';
import type { Rule, RuleFinding } from './rule.js';

/**
 * A pack name may appear once per profile. Palette's way to use a pack twice is an alias prefix
 * `<alias>--<packName>` (librarium duplicate-pack-in-profile.md), so `hello-universe` and
 * `second--hello-universe` coexist, while the same full name twice does not.
 */
export const duplicatePack: Rule = {
  code: 'duplicate-pack',
  severity: 'error',
  description: "The same pack name appears twice; use an alias ('<alias>--<name>') to add a pack twice.",
  check: ({ profile }) => {
    const first = new Map<string, PackEntry>();
    const out: RuleFinding[] = [];
    for (const pack of profile.packs) {
      const name = pack.name?.value.trim();
      if (pack.name === undefined || !name) continue;
      const earlier = first.get(name);
      if (earlier === undefined) {
        first.set(name, pack);
        continue;
      }
      out.push({
        message: `Pack '${name}' is already in this profile (pack #${earlier.index + 1}). To add it twice, give it an alias: '<alias>--${name}'.`,
        range: pack.name.range,
        data: { name, firstIndex: earlier.index },
      });
    }
    return out;
  },
};
