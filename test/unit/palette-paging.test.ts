import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { createPaletteClient, type PaletteClient } from '../../server/src/palette/client.js';
import { fetchAllPages, type Page, type PageQuery } from '../../server/src/palette/paging.js';
import { compareVersions } from '../../server/src/core/versions.js';

/** Most requests whose arrival lies within `windowMs` of each other: with latency > window, that is concurrency. */
function peakArrivals(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let peak = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i] - sorted[j] >= windowMs) j++;
    peak = Math.max(peak, i - j + 1);
  }
  return peak;
}

describe('paging reads every page with bounded parallelism', () => {
  let emu: Emulator;
  let client: PaletteClient;

  before(async () => {
    emu = await startEmulator();
    client = createPaletteClient({ host: emu.url, apiKey: emu.tenants[0].apiKey });
  });
  beforeEach(() => emu.reset());
  after(async () => {
    await client.close();
    await emu.stop();
  });

  test('a pack with more than 50 versions is found whole, and its latest is right across pages', async () => {
    const versions = await client.listPacks('spec.name=kubernetes');
    const pages = emu.requestLog.filter((r) => r.path === '/v1/packs');
    assert.ok(versions.length > 50, `got ${versions.length}`);
    assert.ok(pages.length >= 2 && pages.every((r) => Number(new URLSearchParams(r.query).get('limit')) <= 50));
    assert.equal(new Set(versions.map((v) => v.metadata?.uid)).size, versions.length, 'no duplicates');
    const newest = versions.map((v) => v.spec.version).sort(compareVersions).pop();
    const [search] = await client.searchPacks({ name: { eq: 'kubernetes' } });
    assert.equal(search.spec.registries?.find((r) => r.name === 'Public Repo')?.latestVersion, newest);
  });

  test('pages after the first are requested in parallel, never more than six at once', async () => {
    const all = await client.listPacks();
    const pageCount = Math.ceil(all.length / 50);
    assert.ok(pageCount >= 4, `need several pages, have ${pageCount}`);
    emu.reset();
    emu.setLatency(200);
    const again = await client.listPacks();
    assert.equal(again.length, all.length);
    const arrivals = emu.requestLog.filter((r) => r.path === '/v1/packs').map((r) => r.at);
    const peak = peakArrivals(arrivals, 150);
    assert.ok(peak >= 3, `parallel: peak ${peak}`);
    assert.ok(peak <= 6, `bounded: peak ${peak}`);
  });

  test('when a server ignores offsets, paging falls back to continue tokens and still returns each item once', async () => {
    const items = Array.from({ length: 130 }, (_, i) => ({ id: `i${i}` }));
    const asked: PageQuery[] = [];
    const serverIgnoringOffset = async (q: PageQuery): Promise<Page<{ id: string }>> => {
      asked.push(q);
      const start = q.continue ? Number(q.continue) : 0;
      const next = start + q.limit;
      return { items: items.slice(start, next), listmeta: { count: items.length, continue: next < items.length ? String(next) : '' } };
    };
    const got = await fetchAllPages(serverIgnoringOffset, { keyOf: (i) => i.id });
    assert.deepEqual(got.map((i) => i.id), items.map((i) => i.id));
    assert.ok(asked.some((q) => q.continue !== undefined));
  });
});
