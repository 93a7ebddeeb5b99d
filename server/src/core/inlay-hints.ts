/**
 * Inlay hints: the registry's name beside a `registryUid` (uids mean nothing to a reader), and the resolved
 * provider image beside a templated BYOOS `system.uri`.
 */
import { findProviderImage } from './byoos.js';
import type { CatalogSnapshot } from './catalog.js';
import type { ProfileDocument, Range } from './model.js';

export interface InlayHintItem {
  /** Outer offset the hint stands at. */
  offset: number;
  label: string;
  kind: 'registry-name' | 'provider-image';
}

/** Hints whose offset lies in `range` (the whole document when omitted). */
export function inlayHints(profile: ProfileDocument, catalog: CatalogSnapshot, range: Range = [0, profile.text.length]): InlayHintItem[] {
  const hints: InlayHintItem[] = [];
  const inRange = (offset: number) => range[0] <= offset && offset <= range[1];
  for (const pack of profile.packs) {
    const uid = pack.registryUid;
    if (!uid?.value || !inRange(uid.range[1])) continue;
    const registry = catalog.registryByUid(uid.value);
    if (registry) hints.push({ offset: uid.range[1], label: registry.name, kind: 'registry-name' });
  }
  const image = findProviderImage(profile, catalog);
  if (image?.templated && image.resolved) {
    const end = image.uriRange[1];
    // After the closing quote, so the hint does not sit inside the string.
    const offset = /["']/.test(profile.text[end] ?? '') ? end + 1 : end;
    if (inRange(offset)) hints.push({ offset, label: `→ ${image.resolved.text}`, kind: 'provider-image' });
  }
  return hints.sort((a, b) => a.offset - b.offset);
}
