import type { PackRef } from '../core/catalog.js';
import { newestMatching, isConcreteTag } from '../core/versions.js';
import { mapWithLimit } from '../palette/bounded-map.js';
import type { PaletteClient } from '../palette/client.js';
import type { CachedLoads } from './cached-loads.js';
import { detailKey, versionsKey, type CatalogData } from './catalog-data.js';
import { fetchPackVersions, fetchRegistries, fetchRegistryIndex, fetchVersionDetail } from './palette-loader.js';

/** What a profile's pack entry asks of the catalog (one shape with the core's). */
export type { PackRef };

/** Duplicate packs in one profile are written `<alias>--<packName>` (FACTS §3). */
function realName(name: string): string {
  const at = name.indexOf('--');
  return at > 0 ? name.slice(at + 2) : name;
}

/** Which endpoints a set of pack references needs, loaded through CachedLoads into CatalogData. */
export class CatalogLoader {
  constructor(
    private readonly data: CatalogData,
    private readonly loads: CachedLoads,
    private readonly client: (() => Promise<PaletteClient>) | undefined,
  ) {}

  private async need(): Promise<PaletteClient> {
    if (!this.client) throw new Error('no Palette connection');
    return this.client();
  }

  loadRegistries(): Promise<void> {
    return this.loads.load('registries', async () => fetchRegistries(await this.need()), (r) => void (this.data.registries = r));
  }

  loadIndex(registryUid: string): Promise<void> {
    return this.loads.load(`index/${registryUid}`, async () => fetchRegistryIndex(await this.need(), registryUid), (list) => void this.data.index.set(registryUid, list));
  }

  loadVersions(name: string, registryUid: string): Promise<void> {
    return this.loads.load(`versions/${registryUid}/${name}`, async () => fetchPackVersions(await this.need(), name, registryUid), (pv) => {
      this.data.versions.set(versionsKey(registryUid, name), pv.versions);
      this.data.addDetails(pv.details);
    });
  }

  loadDetail(registryUid: string, name: string, version: string, packUid: string): Promise<void> {
    return this.loads.load(`detail/${registryUid}/${name}/${version}`, async () => fetchVersionDetail(await this.need(), registryUid, version, packUid), (d) => {
      if (d) this.data.addDetails([d]);
    });
  }

  async ensure(refs: PackRef[]): Promise<void> {
    await this.loadRegistries();
    const registries = this.data.registries ?? [];
    await Promise.all(registries.map((r) => this.loadIndex(r.uid)));
    const targets = new Map<string, { name: string; registryUid: string; ref: PackRef }>();
    for (const ref of refs) {
      const name = realName(ref.name);
      const named = ref.registryUid ?? (ref.registryName ? this.data.registries?.find((r) => r.name === ref.registryName)?.uid : undefined);
      const where = named ? [named] : registries.filter((r) => this.data.index.get(r.uid)?.some((p) => p.name === name)).map((r) => r.uid);
      for (const registryUid of where) targets.set(`${registryUid}/${name}/${ref.version ?? ''}/${ref.tag ?? ''}`, { name, registryUid, ref });
    }
    await mapWithLimit([...targets.values()], 6, async (t) => {
      await this.loadVersions(t.name, t.registryUid);
      await this.ensureDetail(t.name, t.registryUid, t.ref);
    });
  }

  /** The concrete version a ref means: its version, or the newest usable version its tag resolves to. */
  private async ensureDetail(name: string, registryUid: string, ref: PackRef): Promise<void> {
    const versions = this.data.versions.get(versionsKey(registryUid, name)) ?? [];
    const concrete = versions.filter((v) => isConcreteTag(v.tag) && !v.disabled);
    const wanted = ref.version && isConcreteTag(ref.version) ? ref.version : ref.tag ? newestMatching(ref.tag, concrete.map((v) => v.version)) : undefined;
    if (!wanted || this.data.details.has(detailKey(registryUid, name, wanted))) return;
    const info = versions.find((v) => v.version === wanted && isConcreteTag(v.tag)) ?? versions.find((v) => v.version === wanted);
    if (info) await this.loadDetail(registryUid, name, wanted, info.packUid);
  }
}
