/**
 * An appliance-mode edge profile boots nodes from the BYOOS provider image, which is built for one Kubernetes
 * distribution and version; the k8s layer must be the same (CanvOS tag `<dist>-<k8sVersion>-…`, FACTS.md §6).
 */
import type { Rule, RuleFinding } from './rule.js';
import { findProviderImage, imageTag, outerSpan, pieceAt } from '../byoos.js';
import type { ProviderImage } from '../byoos.js';
import type { TagPart } from '../canvos-tag.js';
import { expectedDistributions, k8sLayer, k8sVersion } from '../k8s-layer.js';
import type { Range } from '../model.js';

/** Exact characters of a tag part when verbatim in the file (`exact`), else the whole uri value. */
function partRange(image: ProviderImage, tagStart: number, part: TagPart): { range: Range; exact: boolean } {
  const exact = outerSpan(image, tagStart + part.start, tagStart + part.end);
  return exact ? { range: exact, exact: true } : { range: image.uriRange, exact: false };
}

export const providerImageMismatch: Rule = {
  code: 'provider-image-mismatch',
  severity: 'error',
  description: "The BYOOS provider image is built for another Kubernetes distribution or version than the profile's k8s layer.",
  check({ profile, catalog }) {
    const image = findProviderImage(profile, catalog);
    const tag = image && imageTag(image);
    const layer = k8sLayer(profile);
    const parts = tag?.parts;
    if (!image || !tag || !parts || !layer?.name) return [];
    const found: RuleFinding[] = [];
    const packName = layer.name.value;
    const dists = expectedDistributions(layer);
    if (dists && !dists.includes(parts.dist.text)) {
      const { range, exact } = partRange(image, tag.start, parts.dist);
      const piece = pieceAt(image, tag.start + parts.dist.start);
      found.push({
        message: `The provider image is built for ${parts.dist.text}, but the k8s layer ${packName} needs a ${dists.join(' or ')} image.`,
        range,
        data: { kind: 'distribution', imageDist: parts.dist.text, expectedDist: dists[0], k8sPack: packName, exact, optionPath: piece?.path },
      });
    }
    const version = k8sVersion(layer, catalog);
    if (version && version !== parts.k8sVersion.text) {
      const { range, exact } = partRange(image, tag.start, parts.k8sVersion);
      found.push({
        message: `The provider image is built for Kubernetes ${parts.k8sVersion.text}, but the k8s layer ${packName} is ${version}.`,
        range,
        data: { kind: 'version', imageVersion: parts.k8sVersion.text, k8sVersion: version, dist: parts.dist.text, k8sPack: packName, exact },
      });
    }
    return found;
  },
};
