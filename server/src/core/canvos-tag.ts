/**
 * CanvOS provider image references: `REGISTRY/REPO:<dist>-<k8sVersion>-<peVersion>[-<customTag>]`
 * (CanvOS Earthfile: IMAGE_TAG = PE_VERSION or PE_VERSION-CUSTOM_TAG). Distributions and PE versions contain
 * hyphens (`kubeadm-fips`, `v4.10.0-rc.2`), so the tag is split with one anchored pattern (FACTS.md §6).
 */

/** K8S_DISTRIBUTION values the CanvOS Earthfile accepts. Longer names first so `kubeadm-fips` wins over `kubeadm`. */
export const canvosDistributions = ['kubeadm-fips', 'kubeadm', 'k3s', 'rke2', 'nodeadm', 'canonical'] as const;

export interface TagPart {
  text: string;
  /** [start, end) inside the tag string. */
  start: number;
  end: number;
}

export interface CanvosTag {
  dist: TagPart;
  k8sVersion: TagPart;
  peVersion: TagPart;
  /** Present when a `-` follows the PE version; empty text = a trailing `-` (empty CUSTOM_TAG in a template). */
  customTag?: TagPart;
}

const tagPattern = new RegExp(
  `^(${canvosDistributions.join('|')})-(\\d+\\.\\d+\\.\\d+)-(v\\d+\\.\\d+\\.\\d+(?:-rc\\.\\d+)?)(?:-(.*))?$`,
  'd',
);

/** Splits a CanvOS tag, or undefined when it does not follow the CanvOS scheme. */
export function parseCanvosTag(tag: string): CanvosTag | undefined {
  const match = tagPattern.exec(tag);
  const indices = match?.indices;
  if (!match || !indices) return undefined;
  const part = (i: number): TagPart | undefined => {
    const span = indices[i];
    return span ? { text: match[i] ?? '', start: span[0], end: span[1] } : undefined;
  };
  const [dist, k8sVersion, peVersion] = [part(1), part(2), part(3)];
  if (!dist || !k8sVersion || !peVersion) return undefined;
  return { dist, k8sVersion, peVersion, customTag: part(4) };
}

export interface ImageRef {
  /** Everything before the tag separator (`registry/repo`). */
  repository: string;
  /** The tag text, or undefined when the reference has none (or is pinned by digest). */
  tag?: string;
  /** Offset of the tag inside the reference. */
  tagStart: number;
}

/** Splits `registry[:port]/repo:tag`; the tag colon is the last one after the last `/`. */
export function splitImageRef(ref: string): ImageRef {
  if (ref.includes('@')) return { repository: ref, tagStart: ref.length };
  const colon = ref.lastIndexOf(':');
  if (colon < 0 || colon < ref.lastIndexOf('/')) return { repository: ref, tagStart: ref.length };
  return { repository: ref.slice(0, colon), tag: ref.slice(colon + 1), tagStart: colon + 1 };
}
