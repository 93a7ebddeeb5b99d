import semver from 'semver';
import type { Fix, TextEdit } from '../finding.js';
import type { PackEntry, ProfileDocument, Range } from '../model.js';
import type { FixProvider } from './fix-provider.js';
import { scalarEdit } from './scalar-edit.js';

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Version and tag edits that make the k8s pack `version`; a tag pattern that no longer fits moves to `M.m.x`. */
function k8sPackEdits(profile: ProfileDocument, pack: PackEntry, version: string): TextEdit[] {
  const edits: TextEdit[] = [];
  if (pack.version) edits.push(scalarEdit(profile, pack.version.range, version));
  const tag = pack.tag;
  if (!tag) return edits;
  const concrete = semver.valid(tag.value.replace(/^v/, '')) !== null;
  if (concrete || !pack.version) edits.push(scalarEdit(profile, tag.range, version));
  else if (!semver.satisfies(version, tag.value.replace(/^v/, ''))) {
    edits.push(scalarEdit(profile, tag.range, `${semver.major(version)}.${semver.minor(version)}.x`));
  }
  return edits;
}

/**
 * provider-image-mismatch → either side may move: the image tag's characters (when the finding points at
 * them exactly) take the k8s layer's value, or the k8s pack takes the image's version.
 */
export const providerImageMismatchFix: FixProvider = {
  code: 'provider-image-mismatch',
  fixes: (profile, finding) => {
    const data = finding.data ?? {};
    const fixes: Fix[] = [];
    const range: Range = finding.range;
    const wanted = data.kind === 'version' ? str(data.k8sVersion) : str(data.expectedDist);
    if (data.exact === true && wanted) {
      const what = data.kind === 'version' ? `Kubernetes ${wanted}` : wanted;
      fixes.push({ title: `Use ${what} in the provider image`, code: finding.code, edits: [{ range, newText: wanted }], isPreferred: true });
    }
    const imageVersion = str(data.imageVersion);
    const pack = profile.packs.find((p) => p.name?.value === data.k8sPack);
    if (data.kind === 'version' && imageVersion && semver.valid(imageVersion) && pack) {
      const edits = k8sPackEdits(profile, pack, imageVersion);
      if (edits.length > 0) fixes.push({ title: `Set ${pack.name?.value} to ${imageVersion} (the provider image's version)`, code: finding.code, edits });
    }
    return fixes;
  },
};
