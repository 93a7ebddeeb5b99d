/**
 * The profile's Kubernetes layer as the edge rules see it: which pack, which concrete version, and which
 * CanvOS distributions its provider image may be built with.
 */
import semver from 'semver';
import type { CatalogSnapshot } from './catalog.js';
import type { PackEntry, ProfileDocument } from './model.js';

/**
 * Pack → CanvOS K8S_DISTRIBUTION (CanvOS templates pair edge-k3s with k3s images; FACTS.md §6). The nodeadm and
 * canonical pack names are not confirmed by any source we read, so those distributions are not paired: for
 * them only the Kubernetes version is compared.
 */
const distributionsByPack: Record<string, readonly string[]> = {
  'edge-k3s': ['k3s'],
  'edge-rke2': ['rke2'],
  'edge-k8s': ['kubeadm', 'kubeadm-fips'],
};

/** A pack's name without its `alias--` prefix (duplicate packs, FACTS.md §3). */
export function baseName(name: string): string {
  const at = name.lastIndexOf('--');
  return at < 0 ? name : name.slice(at + 2);
}

/** The profile's k8s layer pack: `layer: k8s`, else (create form may omit layer) a known edge k8s pack. */
export function k8sLayer(profile: ProfileDocument): PackEntry | undefined {
  return (
    profile.packs.find((p) => p.layer?.value === 'k8s') ??
    profile.packs.find((p) => !p.layer && p.name !== undefined && baseName(p.name.value) in distributionsByPack)
  );
}

/** CanvOS distributions that fit this k8s pack, or undefined when the pairing is unknown. */
export function expectedDistributions(pack: PackEntry): readonly string[] | undefined {
  const name = pack.name?.value;
  return name ? distributionsByPack[baseName(name)] : undefined;
}

function concrete(version: string | undefined): string | undefined {
  const clean = version?.replace(/^v/, '');
  return clean && semver.valid(clean) ? clean : undefined;
}

/**
 * What `{{ .spectro.system.kubernetes.version }}` resolves to: the concrete `version`, else a concrete `tag`,
 * else (with a catalog) the newest version matching the tag pattern; undefined when unknowable.
 */
export function k8sVersion(pack: PackEntry, catalog: CatalogSnapshot): string | undefined {
  const direct = concrete(pack.version?.value) ?? concrete(pack.tag?.value);
  if (direct) return direct;
  const tag = pack.tag?.value;
  const name = pack.name?.value;
  if (!tag || !name) return undefined;
  const range = tag.replace(/^v/, '');
  const candidates = (catalog.packByName(name) ?? [])
    .flatMap((entry) => entry.versions ?? [])
    .filter((v) => !v.disabled && (v.parentTags?.includes(tag) || semver.satisfies(v.version.replace(/^v/, ''), range)))
    .map((v) => concrete(v.version))
    .filter((v): v is string => v !== undefined);
  return semver.rsort(candidates)[0];
}
