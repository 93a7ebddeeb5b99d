/**
 * Full catalog load (what `palette-profile catalog pull` does) against the local emulator with a fixed latency
 * per request: the client's bounded parallelism vs one request at a time (serial paging). Also writes the
 * snapshot the language-server runs validate against, so catalog rules take part in the timings.
 */
import { performance } from 'node:perf_hooks';
import { loadFullCatalog } from '../server/src/catalog/full-load.js';
import { writeSnapshotFile } from '../server/src/catalog/snapshot-file.js';
import { createPaletteClient } from '../server/src/palette/client.js';
import { startEmulator } from '../test/emulator/index.js';

export interface CatalogLoadResult {
  latencyMs: number;
  parallelMs: number[];
  serialMs: number[];
  requestsPerLoad: number;
  concurrency: number;
}

async function timedLoad(url: string, apiKey: string, concurrency: number): Promise<number> {
  const client = createPaletteClient({ host: url, apiKey, concurrency });
  try {
    const t0 = performance.now();
    await loadFullCatalog(client);
    return performance.now() - t0;
  } finally {
    await client.close();
  }
}

export async function writeBenchSnapshot(file: string): Promise<void> {
  const emu = await startEmulator();
  const client = createPaletteClient({ host: emu.url, apiKey: emu.tenants[0].apiKey });
  try {
    await writeSnapshotFile(file, await loadFullCatalog(client), 'emulator');
  } finally {
    await client.close();
    await emu.stop();
  }
}

export async function measureCatalogLoad(runs: number, latencyMs = 200): Promise<CatalogLoadResult> {
  const emu = await startEmulator({ latencyMs });
  const apiKey = emu.tenants[0].apiKey;
  const concurrency = createPaletteClient({ host: emu.url, apiKey }).concurrency;
  const result: CatalogLoadResult = { latencyMs, parallelMs: [], serialMs: [], requestsPerLoad: 0, concurrency };
  try {
    for (let i = 0; i < runs; i++) {
      emu.requestLog.length = 0;
      result.parallelMs.push(await timedLoad(emu.url, apiKey, concurrency));
      result.requestsPerLoad = emu.requestLog.length;
      result.serialMs.push(await timedLoad(emu.url, apiKey, 1));
    }
  } finally {
    await emu.stop();
  }
  return result;
}
