/**
 * The catalog the fuzz documents are validated against: the emulator's seed (tenant acme) loaded through the
 * product's own catalog for every pack the corpus names, so catalog rules, fixes and completion all run.
 */
import type { CatalogSnapshot } from '../../server/src/core/catalog.js';
import { packRefs } from '../../server/src/core/pack-refs.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { emulatorCatalog } from '../fixtures/emulator-catalog.js';
import type { Corpus } from './corpus.js';

export async function fuzzCatalog(corpus: Corpus): Promise<CatalogSnapshot> {
  const source = await emulatorCatalog();
  try {
    const refs = corpus.profiles.flatMap((p) => packRefs(parseProfile(p.text)));
    return await source.load(refs);
  } finally {
    await source.stop();
  }
}
