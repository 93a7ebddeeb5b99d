import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { PackInRegistry, PackVersionDetail, RegistryInfo } from '../core/catalog.js';
import { CatalogData, versionsKey } from './catalog-data.js';

export const SNAPSHOT_FORMAT = 'palette-catalog-snapshot';
export const SNAPSHOT_VERSION = 1;

/** The exported catalog: versioned JSON, everything validation needs, no credentials (only the host name). */
export interface SnapshotFileV1 {
  format: typeof SNAPSHOT_FORMAT;
  version: 1;
  createdAt: string;
  /** Where it was pulled from, e.g. "api.spectrocloud.com project 5f…"; never a key. */
  source: string;
  registries: RegistryInfo[];
  /** One entry per pack name per registry, with all versions where they were loaded. */
  packs: PackInRegistry[];
  details: PackVersionDetail[];
}

export function toSnapshotFile(data: CatalogData, source: string, createdAt = new Date()): SnapshotFileV1 {
  const packs = [...data.index.entries()].flatMap(([registryUid, list]) =>
    list.map((p) => ({ ...p, versions: data.versions.get(versionsKey(registryUid, p.name)) ?? p.versions })),
  );
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    createdAt: createdAt.toISOString(),
    source,
    registries: data.registries ?? [],
    packs,
    details: [...data.details.values()],
  };
}

export async function writeSnapshotFile(file: string, data: CatalogData, source: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(toSnapshotFile(data, source))}\n`);
  await rename(temp, file);
}

/** Reads a snapshot; throws an Error saying what is wrong (not JSON, another format, a newer version). */
export async function readSnapshotFile(file: string): Promise<{ data: CatalogData; source: string; createdAt: string }> {
  const text = await readFile(file, 'utf8');
  let parsed: Partial<SnapshotFileV1>;
  try {
    parsed = JSON.parse(text) as Partial<SnapshotFileV1>;
  } catch {
    throw new Error(`catalog snapshot ${file} is not valid JSON (truncated?)`);
  }
  if (parsed?.format !== SNAPSHOT_FORMAT) throw new Error(`${file} is not a Palette catalog snapshot`);
  if (parsed.version !== SNAPSHOT_VERSION) {
    throw new Error(`catalog snapshot ${file} has format version ${String(parsed.version)}; this tool reads version ${SNAPSHOT_VERSION}`);
  }
  const data = new CatalogData();
  data.registries = parsed.registries ?? [];
  for (const r of data.registries) data.index.set(r.uid, []);
  for (const p of parsed.packs ?? []) {
    const { versions, ...entry } = p;
    data.index.set(p.registryUid, [...(data.index.get(p.registryUid) ?? []), entry]);
    if (versions) data.versions.set(versionsKey(p.registryUid, p.name), versions);
  }
  data.addDetails(parsed.details ?? []);
  return { data, source: parsed.source ?? file, createdAt: parsed.createdAt ?? '' };
}
