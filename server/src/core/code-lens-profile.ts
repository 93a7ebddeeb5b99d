/**
 * The profile-level code lens (Publish): one per profile, on the line of `metadata.name`, so it reads as an
 * action on the profile as a whole rather than on its first pack.
 */
import type { ProfileDocument } from './model.js';

export interface ProfileLens {
  /** Outer offset on the lens line: the start of the `name` key (else of `metadata`, else the document). */
  offset: number;
}

/** Undefined for a document that is not (yet) a profile: there is nothing to publish. */
export function profileLens(profile: ProfileDocument): ProfileLens | undefined {
  if (!profile.isProfile) return undefined;
  const name = profile.metadata.name;
  return { offset: name?.keyRange?.[0] ?? name?.range[0] ?? profile.metadata.keyRange?.[0] ?? 0 };
}
