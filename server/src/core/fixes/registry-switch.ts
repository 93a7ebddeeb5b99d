/**
 * Pointing a pack at another registry: by name in export form, by uid in create form. Not offered when the
 * pack also pins a pack uid, which belongs to the old registry.
 */
import type { Fix } from '../finding.js';
import type { PackEntry, ProfileDocument } from '../model.js';
import type { RegistryInfo } from '../catalog.js';
import { scalarEdit } from './scalar-edit.js';

export function registrySwitch(profile: ProfileDocument, pack: PackEntry, target: RegistryInfo, code: string, why: string): Fix | undefined {
  if (pack.uid?.value) return undefined;
  const field = pack.registryName?.value ? pack.registryName : pack.registryUid;
  if (!field) return undefined;
  const value = field === pack.registryName ? target.name : target.uid;
  return { title: `Use registry '${target.name}'${why}`, code, edits: [scalarEdit(profile, field.range, value)] };
}
