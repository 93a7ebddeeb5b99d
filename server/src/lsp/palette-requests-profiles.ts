/** palette/* requests of the Profiles view: the project's profiles by name, their versions, export and delete. */
import { compareVersions } from '../core/versions.js';
import type { ProfileSummary } from '../palette/client.js';
import { deleteProfileRequest, exportProfileRequest, listProfilesRequest, profileVersionsRequest } from '../protocol.js';
import type { ProfileItem, ProfileVersionItem } from '../protocol.js';
import type { Handle } from './palette-requests.js';
import { pageOf } from './palette-requests-paging.js';
import type { PaletteSession } from './palette-requests-session.js';

export function registerProfileRequests(handle: Handle, session: PaletteSession): void {
  // The first page fetches the list (all dashboard pages); the following pages come from it.
  let listed: ProfileItem[] = [];

  handle.on(listProfilesRequest, async ({ pageToken }) => {
    if (!pageToken) listed = groupByName(await (await session.paletteClient()).listProfiles({}));
    return pageOf(listed, pageToken);
  });

  handle.on(profileVersionsRequest, async ({ name }) => {
    const client = await session.paletteClient();
    const summaries = await client.listProfiles({ filter: { profileName: { eq: name } } });
    return groupByName(summaries).find((p) => p.name === name)?.versions ?? [];
  });

  handle.on(exportProfileRequest, async ({ uid }) => {
    return (await session.paletteClient()).exportProfile(uid, { format: 'yaml' });
  });

  handle.on(deleteProfileRequest, async ({ uid }) => {
    await (await session.paletteClient()).deleteProfile(uid);
    listed = listed.map((p) => ({ ...p, versions: p.versions.filter((v) => v.uid !== uid) })).filter((p) => p.versions.length > 0);
  });
}

/**
 * Dashboard summaries → one item per profile name. Each version of a profile is its own uid; a summary names
 * its own version and (specSummary.versions) its siblings, so both are collected.
 */
export function groupByName(summaries: ProfileSummary[]): ProfileItem[] {
  const byName = new Map<string, Map<string, ProfileVersionItem>>();
  for (const s of summaries) {
    const name = s.metadata?.name;
    if (!name) continue;
    const versions = byName.get(name) ?? new Map<string, ProfileVersionItem>();
    byName.set(name, versions);
    const own = s.metadata?.uid && s.specSummary?.version ? [{ uid: s.metadata.uid, version: s.specSummary.version }] : [];
    for (const v of [...own, ...(s.specSummary?.versions ?? [])]) if (v.uid && v.version) versions.set(v.uid, { uid: v.uid, version: v.version });
  }
  return [...byName]
    .map(([name, versions]) => ({ name, versions: [...versions.values()].sort((a, b) => compareVersions(b.version, a.version)) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
