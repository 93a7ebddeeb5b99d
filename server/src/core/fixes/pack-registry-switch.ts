import type { FixProvider } from './fix-provider.js';
import type { Fix } from '../finding.js';
import { packName } from '../pack-refs.js';
import { registrySwitch } from './registry-switch.js';

/** pack-type-mismatch → keep the declared type and pick a registry that has the pack with that type. */
export const packRegistrySwitchFix: FixProvider = {
  code: 'pack-type-mismatch',
  fixes: (profile, finding, catalog) => {
    const pack = profile.packs.find((p) => p.type?.range[0] === finding.range[0]);
    const declared = pack?.type?.value;
    const name = packName(pack?.name?.value);
    if (!pack || !declared || !name) return [];
    const out: Fix[] = [];
    for (const entry of catalog.packByName(name) ?? []) {
      const registry = catalog.registryByUid(entry.registryUid);
      if (entry.type !== declared || !registry || registry.name === finding.data?.registry) continue;
      const fix = registrySwitch(profile, pack, registry, finding.code, ` (has ${name} as '${declared}')`);
      if (fix) out.push(fix);
    }
    return out;
  },
};
