import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { packRefs } from '../../server/src/core/pack-refs.js';
import { validate } from '../../server/src/core/validate.js';
import { emulatorCatalog, type EmulatorCatalog } from '../fixtures/emulator-catalog.js';
import { catalogProfilesDir, formatFindings, goldenDiff, listCases, readExpected, readProfile, writeExpected } from '../fixtures/golden.js';
import { ensureBuilt, repoRoot } from '../lsp/ensure-built.js';

// UPDATE_GOLDEN=1 rewrites the .findings.txt files from the core's output; review the git diff afterwards.
const update = process.env.UPDATE_GOLDEN === '1';
const cases = listCases(catalogProfilesDir);

describe('golden catalog corpus against the emulator (core and CLI)', () => {
  let ec: EmulatorCatalog;
  before(async () => {
    ec = await emulatorCatalog();
  });
  after(async () => {
    await ec.stop();
  });

  test('the catalog corpus has cases', () => {
    assert.ok(cases.length >= 6, `only ${cases.length} cases`);
  });

  for (const c of cases) {
    test(`${c.name} reports exactly its expected findings (core)`, async () => {
      const text = readProfile(c);
      const profile = parseProfile(text, c.profilePath);
      const findings = validate(profile, await ec.load(packRefs(profile)));
      const actual = formatFindings(text, findings);
      if (update) writeExpected(c, actual);
      assert.equal(goldenDiff(update ? actual : readExpected(c), actual), '', c.name);
      assert.ok(!findings.some((f) => f.code === 'internal-error' || f.code === 'catalog-unavailable'), `${c.name}: ${JSON.stringify(findings)}`);
    });
  }

  test('the CLI reports the same findings with PALETTE_HOST / PALETTE_API_KEY pointing at the emulator', async () => {
    ensureBuilt();
    const cacheDir = mkdtempSync(join(tmpdir(), 'catalog-golden-'));
    try {
      const acme = ec.emulator.tenants.find((t) => t.name === 'acme')!;
      // Asynchronous on purpose: the emulator answers from this very process.
      const run = await runCli(['validate', '--format', 'json', '--fail-on', 'hint', catalogProfilesDir], {
        ...process.env, PALETTE_HOST: ec.emulator.url, PALETTE_API_KEY: acme.apiKey, PALETTE_CACHE_DIR: cacheDir, PALETTE_PROJECT: '',
      });
      assert.equal(run.status, 1, run.stderr);
      const findings = JSON.parse(run.stdout) as Array<{ file: string; line: number; column: number; severity: string; code: string }>;
      for (const c of cases) {
        const file = relative(repoRoot, c.profilePath);
        const actual = findings.filter((f) => f.file === file).map((f) => `${f.line}:${f.column} ${f.severity} ${f.code}`).sort();
        assert.equal(goldenDiff([...readExpected(c)].sort(), actual), '', c.name);
      }
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(repoRoot, 'dist/cli.js'), ...args], { cwd: repoRoot, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}
