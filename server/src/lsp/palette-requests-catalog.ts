/** palette/* requests answered from the catalog: the Packs view, catalog status, refresh, clear, offline, snapshot. */
import { isAbsolute } from 'node:path';
import type { Catalog } from '../catalog/catalog.js';
import {
  catalogStatusRequest,
  clearCacheRequest,
  exportSnapshotRequest,
  listPacksRequest,
  listRegistriesRequest,
  listVersionsRequest,
  packDefaultsRequest,
  packReadmeRequest,
  refreshCatalogRequest,
  setOfflineRequest,
} from '../protocol.js';
import type { CatalogStatusResult, PackItem, PackVersionParams } from '../protocol.js';
import type { Handle } from './palette-requests.js';
import { pageOf } from './palette-requests-paging.js';
import { UserFacingError } from './palette-requests-session.js';
import type { PaletteSession } from './palette-requests-session.js';

export function registerCatalogRequests(handle: Handle, session: PaletteSession, onSettingsChanged: () => void): void {
  handle.on0(listRegistriesRequest, async () => {
    const registries = await (await session.catalog()).listRegistries();
    return registries.map(({ uid, name, kind, scope }) => ({ uid, name, kind, scope })).sort((a, b) => a.name.localeCompare(b.name));
  });

  handle.on(listPacksRequest, async ({ registryUid, filter, pageToken }) => {
    const catalog = await session.catalog();
    const packs = await catalog.listPacks(registryUid, { layer: filter?.layer, cloudType: filter?.cloudType, name: filter?.text });
    const items: PackItem[] = packs
      .map(({ name, displayName, layer, type, cloudTypes, latestVersion }) => ({ name, registryUid, displayName, layer, type, cloudTypes, latestVersion }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return pageOf(items, pageToken);
  });

  handle.on(listVersionsRequest, async ({ registryUid, name }) => {
    const versions = await (await session.catalog()).listVersions(registryUid, name);
    return versions.map(({ tag, version, packUid, deprecated, disabled }) => ({ tag, version, packUid, deprecated, disabled }));
  });

  handle.on(packDefaultsRequest, async (params: PackVersionParams) => {
    return (await detail(await session.catalog(), params)).values;
  });

  handle.on(packReadmeRequest, async (params: PackVersionParams) => {
    return (await detail(await session.catalog(), params)).readme ?? '';
  });

  handle.on0(catalogStatusRequest, () => status(session));

  handle.on0(refreshCatalogRequest, async () => {
    await (await session.catalog()).refresh();
    return status(session);
  });

  handle.on0(clearCacheRequest, async () => {
    await (await session.catalog()).clear();
    return status(session);
  });

  handle.on(setOfflineRequest, async ({ offline }) => {
    onSettingsChanged();
    if ((await session.offline()) !== offline) {
      throw new UserFacingError(`palette.offline is ${String(!offline)} in this workspace's settings, which override yours.`);
    }
    return status(session);
  });

  handle.on(exportSnapshotRequest, async ({ file }) => {
    if (!isAbsolute(file)) throw new UserFacingError(`The snapshot path must be absolute: ${file}`);
    await (await session.catalog()).exportSnapshot(file);
  });
}

async function detail(catalog: Catalog, { registryUid, name, version }: PackVersionParams) {
  const found = await catalog.versionDetail(registryUid, name, version);
  if (!found) throw new UserFacingError(`Pack ${name} ${version} is not in the catalog (${catalog.status().source}).`);
  return found;
}

async function status(session: PaletteSession): Promise<CatalogStatusResult> {
  const info = session.info;
  const base = { connected: !!info, connectionName: info?.name, host: info?.host, projectName: info?.projectName };
  let catalog: Catalog | undefined;
  try {
    catalog = await session.catalog();
  } catch {
    return { ...base, source: 'no catalog', offline: await session.offline(), loading: false };
  }
  const s = catalog.status();
  return { ...base, source: s.source, ageMs: s.ageMs, offline: s.offline, loading: s.loading, lastError: s.lastError };
}
