/** Finds a profile pack the way `{{ .spectro.pack.P.… }}` names it: full name, else name without `alias--`. */
import type { PackEntry, ProfileDocument } from './model.js';
import { baseName } from './k8s-layer.js';

export function packByMacroName(profile: ProfileDocument, name: string): PackEntry | undefined {
  return (
    profile.packs.find((p) => p.name?.value === name) ??
    profile.packs.find((p) => p.name !== undefined && baseName(p.name.value) === name)
  );
}

/** Names a pack macro may use for the profile's packs (full names and names without alias prefix). */
export function macroPackNames(profile: ProfileDocument): string[] {
  const names = new Set<string>();
  for (const pack of profile.packs) {
    if (!pack.name?.value) continue;
    names.add(pack.name.value);
    names.add(baseName(pack.name.value));
  }
  return [...names];
}
