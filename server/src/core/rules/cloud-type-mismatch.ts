import type { Rule } from './rule.js';
import { resolvePack } from './pack-version.js';

/** Palette offers a pack only for the clouds it lists; `all` on either side matches everything. */
export const cloudTypeMismatch: Rule = {
  code: 'cloud-type-mismatch',
  severity: 'error',
  description: "The pack version does not support the profile's cloudType.",
  needsCatalog: true,
  checkPack: (pack, { profile, catalog }) => {
    const cloud = profile.template.cloudType?.value.trim();
    if (!cloud || cloud === 'all' || !pack.name) return [];
    const r = resolvePack(pack, catalog);
    if (!r) return [];
    const detail = catalog.versionDetail(r.entry.registryUid, r.name, r.version.version);
    const supported = detail?.cloudTypes?.length ? detail.cloudTypes : r.entry.cloudTypes;
    if (!supported?.length || supported.includes('all') || supported.includes(cloud)) return [];
    return [{
      message: `${r.name} ${r.version.version} supports ${supported.join(', ')}, not the profile's cloudType '${cloud}'.`,
      range: pack.name.range,
      data: { cloudType: cloud, supported },
    }];
  },
};
