import { mapWithLimit } from '../palette/bounded-map.js';
import type { PaletteClient } from '../palette/client.js';
import { CatalogData, detailKey, versionsKey } from './catalog-data.js';
import { fetchNamesWithDisabled, fetchPackVersions, fetchRegistries, fetchRegistryIndex, fetchVersionDetail } from './palette-loader.js';

/**
 * Everything, for a snapshot: registries, every registry's packs, every pack's versions (with the details the
 * version lists carry), and the latest version's details where a list carried none. Independent requests run
 * with the client's bounded parallelism. Throws the first PaletteError: a snapshot is whole or not written.
 */
export async function loadFullCatalog(client: PaletteClient, log: (line: string) => void = () => undefined): Promise<CatalogData> {
  const data = new CatalogData();
  data.registries = await fetchRegistries(client);
  const perRegistry = await Promise.all(
    data.registries.map(async (r) => {
      const [packs, withDisabled] = await Promise.all([fetchRegistryIndex(client, r.uid), fetchNamesWithDisabled(client, r.uid)]);
      data.index.set(r.uid, packs);
      return packs.map((p) => ({ registryUid: r.uid, name: p.name, latest: p.latestVersion, withDisabled: withDisabled.has(p.name) }));
    }),
  );
  const packs = perRegistry.flat();
  log(`catalog pull: ${data.registries.length} registries, ${packs.length} packs`);
  await mapWithLimit(packs, client.concurrency, async (p) => {
    const pv = await fetchPackVersions(client, p.name, p.registryUid, { withDisabled: p.withDisabled });
    data.versions.set(versionsKey(p.registryUid, p.name), pv.versions);
    data.addDetails(pv.details);
  });
  const missing = packs.flatMap((p) => {
    const info = p.latest && data.versions.get(versionsKey(p.registryUid, p.name))?.find((v) => v.version === p.latest && v.tag === v.version);
    return info && !data.details.has(detailKey(p.registryUid, p.name, info.version)) ? [{ ...p, info }] : [];
  });
  await mapWithLimit(missing, client.concurrency, async (p) => {
    const detail = await fetchVersionDetail(client, p.registryUid, p.info.version, p.info.packUid);
    if (detail) data.addDetails([detail]);
  });
  return data;
}
