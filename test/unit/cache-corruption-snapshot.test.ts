/**
 * A catalog snapshot file that is truncated, garbage, empty or from another format version: the catalog
 * reports it in its status, validation still runs (catalog rules stay quiet), and nothing throws. Cache files
 * are covered in catalog-cache.test.ts; this adds the snapshot file the user points the extension or CLI at.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalog } from '../../server/src/catalog/open-catalog.js';
import { packRefs } from '../../server/src/core/pack-refs.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { validate } from '../../server/src/core/validate.js';
import { listCases, readProfile } from '../fixtures/golden.js';

const dir = mkdtempSync(join(tmpdir(), 'palette-snapshot-'));
const profile = parseProfile(readProfile(listCases().find((c) => c.name === 'layer-infra-clean')!));
const broken: Record<string, string> = {
  truncated: '{"format":"palette-catalog-snapshot","version":1,"createdAt":"2025-01-01","registries":[{"uid":"a","na',
  garbage: '\u0000\u0001PK\u0003\u0004 not a snapshot',
  empty: '',
  'of an older version': '{"format":"palette-catalog-snapshot","version":0,"registries":[]}',
  'of a newer version': '{"format":"palette-catalog-snapshot","version":99,"registries":[]}',
  'of another format': '{"format":"something-else","version":1}',
  'of wrong shapes': '{"format":"palette-catalog-snapshot","version":1,"registries":"x","packs":{"a":1},"details":7}',
};

for (const [name, content] of Object.entries(broken)) {
  test(`a snapshot file that is ${name} is reported in the catalog status and validation still runs`, async () => {
    const file = join(dir, `${name.replace(/ /g, '-')}.json`);
    writeFileSync(file, content);
    const catalog = openCatalog({ env: {}, snapshotFile: file });
    assert.ok(catalog);
    await catalog.ensure(packRefs(profile));
    const status = catalog.status();
    const findings = validate(profile, catalog.snapshot());
    assert.ok(!findings.some((f) => f.code === 'internal-error'), JSON.stringify(findings));
    assert.ok(!findings.some((f) => f.code === 'unknown-pack'), 'no pack is called unknown from a broken snapshot');
    if (name !== 'of wrong shapes') assert.match(status.lastError ?? '', /snapshot|JSON|version|format/i, JSON.stringify(status));
    catalog.dispose();
  });
}
