/**
 * What the fuzzer mutates: every profile of the golden corpora plus the real exported profiles in
 * ../shared/fixtures/profiles, and a pool of real pack values (public-repo and pack-central) to splice into
 * packs. Values above 60 KB are left out of the pool to keep 100,000 documents within minutes; size is covered
 * by the huge-scalar mutator and the document size limit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogProfilesDir, listCases, readProfile } from '../fixtures/golden.js';
import { sharedFixturesRoot } from '../emulator/fixture-files.js';

export interface Corpus {
  /** Whole profiles, YAML and JSON. */
  profiles: { name: string; text: string }[];
  /** Real values.yaml texts. */
  values: string[];
}

const maxValuesLength = 60_000;

function filesUnder(dir: string, keep: (name: string) => boolean, depth = 3): string[] {
  if (!existsSync(dir) || depth < 0) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(path, keep, depth - 1);
    return keep(e.name) ? [path] : [];
  });
}

export function loadCorpus(): Corpus {
  const shared = sharedFixturesRoot();
  const golden = [...listCases(), ...listCases(catalogProfilesDir)].map((c) => ({ name: c.name, text: readProfile(c) }));
  const real = filesUnder(join(shared, 'profiles'), (n) => /\.(ya?ml|json)$/.test(n)).map((path) => ({
    name: path.slice(shared.length + 1),
    text: readFileSync(path, 'utf8'),
  }));
  const values = [
    ...filesUnder(join(shared, 'public-repo'), (n) => /^values.*\.yaml$/.test(n)),
    ...filesUnder(join(shared, 'pack-central', 'packs'), (n) => n === 'values.yaml'),
  ]
    .sort()
    .map((path) => readFileSync(path, 'utf8'))
    .filter((text) => text.length <= maxValuesLength);
  return { profiles: [...golden, ...real], values };
}
