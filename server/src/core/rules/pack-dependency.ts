/**
 * pack.json `constraints.dependencies` (librarium pack-constraints.md): a `required` pack must be in the
 * profile, a `notSupported` one must not, and any present dependency must sit within minVersion..maxVersion.
 */
import type { Rule, RuleFinding } from './rule.js';
import type { PackDependency } from '../catalog.js';
import type { PackEntry, ProfileDocument } from '../model.js';
import { packName } from '../pack-refs.js';
import { compareVersions } from '../versions.js';
import { resolvedDetail, resolvePack } from './pack-version.js';

function partner(profile: ProfileDocument, dep: PackDependency, self: PackEntry): PackEntry | undefined {
  return profile.packs.find((p) => p !== self && packName(p.name?.value) === dep.packName) ??
    (dep.layer && dep.layer !== 'addon' ? profile.packs.find((p) => p !== self && p.layer?.value === dep.layer && packName(p.name?.value) === dep.packName) : undefined);
}

function check(profile: ProfileDocument, pack: PackEntry, dep: PackDependency, name: string, partnerVersion: (p: PackEntry) => string | undefined): RuleFinding[] {
  if (!pack.name || !dep.packName) return [];
  const other = partner(profile, dep, pack);
  const range = pack.name.range;
  const data = { dependency: dep.packName, type: dep.type, minVersion: dep.minVersion, maxVersion: dep.maxVersion };
  if (!other) {
    if (dep.type !== 'required') return [];
    return [{ message: `${name} requires pack '${dep.packName}'${dep.layer ? ` (${dep.layer} layer)` : ''} in the profile.`, range, data }];
  }
  if (dep.type === 'notSupported') return [{ message: `${name} does not support pack '${dep.packName}' in the same profile.`, range, data }];
  const version = partnerVersion(other);
  if (!version) return [];
  if (dep.minVersion && compareVersions(version, dep.minVersion) < 0) {
    return [{ message: `${name} needs ${dep.packName} ${dep.minVersion} or newer; the profile has ${version}.`, range, data }];
  }
  if (dep.maxVersion && compareVersions(version, dep.maxVersion) > 0) {
    return [{ message: `${name} needs ${dep.packName} ${dep.maxVersion} or older; the profile has ${version}.`, range, data }];
  }
  return [];
}

export const packDependency: Rule = {
  code: 'pack-dependency',
  severity: 'error',
  description: "A pack's dependency constraints (required, notSupported, min/max version) fail against the profile's other packs.",
  needsCatalog: true,
  check({ profile, catalog }) {
    const versionOf = (p: PackEntry) => resolvePack(p, catalog)?.version.version ?? p.version?.value ?? p.tag?.value;
    const out: RuleFinding[] = [];
    for (const pack of profile.packs) {
      const got = resolvedDetail(pack, catalog);
      if (!got) continue;
      for (const dep of got.detail.dependencies) out.push(...check(profile, pack, dep, got.resolved.name, versionOf));
    }
    return out;
  },
};
