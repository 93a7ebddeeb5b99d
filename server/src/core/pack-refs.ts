import type { PackRef } from './catalog.js';
import type { ProfileDocument } from './model.js';
export type { PackRef } from './catalog.js';

/** The catalog entries a profile needs, for `catalog.ensure(packRefs(profile))`. Aliases (`alias--name`) resolve to the pack name. */
export function packRefs(profile: ProfileDocument): PackRef[] {
  const refs: PackRef[] = [];
  for (const pack of profile.packs) {
    const name = packName(pack.name?.value);
    if (!name) continue;
    refs.push({
      name,
      registryName: pack.registryName?.value || undefined,
      registryUid: pack.registryUid?.value || undefined,
      version: pack.version?.value || undefined,
      tag: pack.tag?.value || undefined,
    });
  }
  return refs;
}

/** `hellouni-2--hello-universe` names the pack `hello-universe` (FACTS.md §3, duplicate packs). */
export function packName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const at = name.lastIndexOf('--');
  return at >= 0 ? name.slice(at + 2) : name;
}
