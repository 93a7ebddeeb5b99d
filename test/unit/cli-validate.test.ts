import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureBuilt, repoRoot } from '../lsp/ensure-built.js';

const cli = resolve(repoRoot, 'dist/cli.js');
const fixture = (name: string) => readFileSync(resolve(repoRoot, 'test/fixtures/profiles', name), 'utf8');
const clean = fixture('layer-infra-clean.profile.yaml');
const brokenType = clean.replace('  - name: kubernetes\n        type: spectro', '  - name: kubernetes\n        type: Spectro');

function run(cwd: string, ...args: string[]) {
  // No credentials: these tests must never reach for a network catalog.
  const env = { ...process.env, PALETTE_API_KEY: '', SPECTROCLOUD_APIKEY: '', PALETTE_CONNECTION: '' };
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('palette-profile validate', () => {
  let dir: string;
  before(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'palette-cli-'));
    mkdirSync(join(dir, 'profiles/nested'), { recursive: true });
    mkdirSync(join(dir, 'vendor'));
    writeFileSync(join(dir, 'profiles/clean.profile.yaml'), clean);
    writeFileSync(join(dir, 'profiles/nested/broken.profile.yaml'), brokenType);
    writeFileSync(join(dir, 'profiles/plain-profile.yaml'), brokenType);
    writeFileSync(join(dir, 'profiles/not-a-profile.yaml'), 'apiVersion: v1\nkind: ConfigMap\n');
    writeFileSync(join(dir, 'vendor/broken.profile.yaml'), brokenType);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a clean file exits 0 with a summary line', () => {
    const r = run(dir, 'validate', 'profiles/clean.profile.yaml');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'No problems in 1 file.\n');
  });

  test('an error exits 1 and prints path:line:col severity code message', () => {
    const r = run(dir, 'validate', 'profiles/nested/broken.profile.yaml');
    assert.equal(r.code, 1);
    const [first, summary] = r.out.trimEnd().split('\n');
    assert.match(first, /^profiles\/nested\/broken\.profile\.yaml:17:15 error invalid-enum \S/);
    assert.equal(summary, '1 problem (1 error) in 1 file.');
  });

  test('--fail-on decides which severities fail the run', () => {
    const infoOnly = fixture('tutorials-edge-k3s-export.profile.json');
    writeFileSync(join(dir, 'info.profile.json'), infoOnly);
    assert.equal(run(dir, 'validate', 'info.profile.json').code, 0);
    assert.equal(run(dir, 'validate', '--fail-on', 'warning', 'info.profile.json').code, 0);
    assert.equal(run(dir, 'validate', '--fail-on', 'info', 'info.profile.json').code, 1);
  });

  test('a missing file, an unknown option or a bad format value exits 2 with a message on stderr', () => {
    const missing = run(dir, 'validate', 'nope.profile.yaml');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read 'nope\.profile\.yaml'/);
    assert.equal(missing.out, '');
    assert.equal(run(dir, 'validate', '--frmat', 'json', 'profiles').code, 2);
    const format = run(dir, 'validate', '--format', 'xml', 'profiles');
    assert.equal(format.code, 2);
    assert.match(format.err, /--format must be one of text, json, sarif/);
    assert.equal(run(dir, 'validate').code, 2);
    assert.equal(run(dir, 'frobnicate').code, 2);
    assert.equal(run(dir, 'validate', '--config', 'missing.yaml', 'profiles').code, 2);
  });

  test('folders expand to the profiles below them, by name or by content', () => {
    const r = run(dir, 'validate', '--format', 'json', 'profiles');
    assert.equal(r.code, 1);
    const files = [...new Set((JSON.parse(r.out) as { file: string }[]).map((f) => f.file))].sort();
    assert.deepEqual(files, ['profiles/nested/broken.profile.yaml', 'profiles/plain-profile.yaml']);
  });

  test('globs are expanded by the CLI, and a glob that matches nothing exits 2', () => {
    const r = run(dir, 'validate', '--format', 'json', 'profiles/**/*.profile.yaml');
    const files = [...new Set((JSON.parse(r.out) as { file: string }[]).map((f) => f.file))];
    assert.deepEqual(files, ['profiles/nested/broken.profile.yaml']);
    const none = run(dir, 'validate', 'nowhere/**/*.yaml');
    assert.equal(none.code, 2);
    assert.match(none.err, /no files match/);
  });

  test('JSON output lists every finding with 1-based start and end positions', () => {
    const r = run(dir, 'validate', '--format', 'json', 'profiles/nested/broken.profile.yaml');
    assert.deepEqual(
      (JSON.parse(r.out) as Record<string, unknown>[]).map(({ message, ...rest }) => (assert.ok(message), rest)),
      [{ file: 'profiles/nested/broken.profile.yaml', line: 17, column: 15, endLine: 17, endColumn: 22, severity: 'error', code: 'invalid-enum' }],
    );
  });

  test('SARIF output is a 2.1.0 log with the rule table, rule ids and 1-based regions', () => {
    const r = run(dir, 'validate', '--format', 'sarif', 'profiles/nested/broken.profile.yaml');
    assert.equal(r.code, 1);
    const log = JSON.parse(r.out);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    const [sarifRun] = log.runs;
    const driver = sarifRun.tool.driver;
    assert.equal(driver.name, 'palette-profile');
    assert.ok(driver.rules.length > 10);
    for (const rule of driver.rules) {
      assert.ok(rule.id && rule.shortDescription.text && rule.helpUri, JSON.stringify(rule));
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }
    const [result] = sarifRun.results;
    assert.equal(result.ruleId, 'invalid-enum');
    assert.equal(driver.rules[result.ruleIndex].id, 'invalid-enum');
    assert.equal(result.level, 'error');
    assert.ok(result.message.text);
    const location = result.locations[0].physicalLocation;
    assert.deepEqual(location.artifactLocation, { uri: 'profiles/nested/broken.profile.yaml', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(location.region, { startLine: 17, startColumn: 15, endLine: 17, endColumn: 22 });
    assert.ok(sarifRun.originalUriBaseIds['%SRCROOT%'].uri.endsWith('/'));
  });

  test('.palette-profile.yaml in the working directory sets severities and ignores files', () => {
    writeFileSync(join(dir, '.palette-profile.yaml'), 'rules:\n  invalid-enum: warning\nignore:\n  - vendor/**\n');
    try {
      const r = run(dir, 'validate', '.');
      assert.equal(r.code, 0, r.out);
      assert.match(r.out, /profiles\/nested\/broken\.profile\.yaml:17:15 warning invalid-enum/);
      assert.doesNotMatch(r.out, /vendor/);
    } finally {
      rmSync(join(dir, '.palette-profile.yaml'));
    }
  });
});

describe('palette-profile', () => {
  test('--help lists the commands and --version prints the package version', () => {
    const help = run(repoRoot, '--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /validate\s+validate profile files/);
    const version = run(repoRoot, '--version');
    const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { version: string };
    assert.equal(version.out.trim(), pkg.version);
  });

  test('npx palette-profile resolves the local bin from the repository root', () => {
    const r = spawnSync('npx', ['--offline', '--no-install', 'palette-profile', '--version'], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^\d+\.\d+\.\d+/);
  });
});
