import type { Rule } from './rule.js';
import { compareVersions } from '../versions.js';
import { latestPatch, latestUsable } from './catalog-version.js';
import { resolvePack } from './pack-version.js';

/**
 * A newer version exists. Kubernetes layers compare within their minor line only: moving to a new Kubernetes
 * minor is a deliberate upgrade (and k8s-version-advice recommends n-1), not something to nag about.
 */
export const outdatedVersion: Rule = {
  code: 'outdated-version',
  severity: 'hint',
  description: 'A newer version of the pack exists (Kubernetes layers: a newer patch of the same minor).',
  needsCatalog: true,
  checkPack: (pack, { catalog }) => {
    const r = resolvePack(pack, catalog);
    if (!r || r.version.pattern || r.version.info.disabled || r.version.info.deprecated) return [];
    const versions = r.entry.versions ?? [];
    const isK8s = (pack.layer?.value ?? r.entry.layer) === 'k8s';
    const newer = isK8s ? latestPatch(versions, r.version.version) : latestUsable(versions);
    if (!newer || compareVersions(newer, r.version.version) <= 0) return [];
    return [{
      message: `${r.name} ${newer} is available (this profile uses ${r.version.version}).`,
      range: r.version.field.range,
      data: { version: r.version.version, latest: newer },
    }];
  },
};
