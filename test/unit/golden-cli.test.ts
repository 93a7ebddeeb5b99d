import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { goldenDiff, listCases, profilesDir, readExpected } from '../fixtures/golden.js';
import { ensureBuilt, repoRoot } from '../lsp/ensure-built.js';

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
}

describe('golden profile corpus (CLI)', () => {
  ensureBuilt();
  // One process over the whole corpus folder: the CLI must attribute every finding to the right file.
  const run = spawnSync(process.execPath, [resolve(repoRoot, 'dist/cli.js'), 'validate', '--format', 'json', '--fail-on', 'hint', profilesDir], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  const findings: JsonFinding[] = run.status === 2 ? [] : JSON.parse(run.stdout);

  test('the CLI validates the corpus folder and exits 1 (some cases have findings)', () => {
    assert.equal(run.status, 1, run.stderr);
  });

  for (const c of listCases()) {
    test(`${c.name} reports exactly its expected findings`, () => {
      const file = relative(repoRoot, c.profilePath);
      const actual = findings
        .filter((f) => f.file === file)
        .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code) || a.severity.localeCompare(b.severity))
        .map((f) => `${f.line}:${f.column} ${f.severity} ${f.code}`);
      const expected = readExpected(c);
      assert.equal(goldenDiff([...expected].sort(byPosition), actual.sort(byPosition)), '');
    });
  }
});

/** Golden files sort by position then text; compare both sides the same way. */
function byPosition(a: string, b: string): number {
  const [la, ca] = a.split(' ')[0].split(':').map(Number);
  const [lb, cb] = b.split(' ')[0].split(':').map(Number);
  return la - lb || ca - cb || a.localeCompare(b);
}
