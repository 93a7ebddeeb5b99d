/**
 * `npm run bench [-- --quick] [-- --update-readme]`: our language server vs yaml-language-server on generated
 * 1k / 10k / 50k-line profiles, catalog load against the emulator, activation and bundle size. Prints a markdown
 * table and writes .bench/results.json (+ results.md). --quick: 1k and 10k only, 3 runs, one catalog load.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../test/lsp/ensure-built.js';
import { measureActivation } from './activation.js';
import { checkBudgets, type OtherFigures } from './budgets.js';
import { measureBundles } from './bundle-size.js';
import { measureCatalogLoad, writeBenchSnapshot } from './catalog-load.js';
import { runSession, type SessionOptions, type SessionResult } from './editor-session.js';
import { node24, repoRoot, ylsEntry, ylsVersion } from './external-tools.js';
import { generateProfile } from './generate-profile.js';
import { markdown } from './markdown.js';
import { updateReadme } from './readme-section.js';
import { paletteServer, ylsServer } from './servers.js';
import { median, round } from './stats.js';
import { summarize, type SizeSummary } from './summary.js';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = flag('quick');
const sizes = (option('sizes') ?? (quick ? '1000,10000' : '1000,10000,50000')).split(',').map(Number);
const runs = Number(option('runs') ?? (quick ? 3 : 5));
const session: SessionOptions = { edits: quick ? 4 : 6, requests: quick ? 10 : 20, keyIntervalMs: 50, quietMs: 400 };
const outDir = join(repoRoot, '.bench');
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  ensureBuilt();
  const node = node24();
  const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  ylsEntry(node);
  const snapshot = join(outDir, 'catalog-snapshot.json');
  await writeBenchSnapshot(snapshot);
  const servers = [paletteServer(node, snapshot), ylsServer(node)];
  const warmText = readFileSync(join(repoRoot, 'examples/vsphere-infra.profile.yaml'), 'utf8');

  const summaries: SizeSummary[] = [];
  const raw: Record<string, { palette: SessionResult[]; yls: SessionResult[] }> = {};
  for (const target of sizes) {
    const { text, packs } = generateProfile(target);
    const lines = text.split('\n').length;
    writeFileSync(join(outDir, `bench-${target}.profile.yaml`), text);
    const results = { palette: [] as SessionResult[], yls: [] as SessionResult[] };
    for (let r = 0; r < runs; r++) {
      // Alternate which server goes first, so neither always meets a warmer (or busier) machine.
      for (const spec of r % 2 ? [...servers].reverse() : servers) {
        const uri = `file:///bench/run-${r}/bench-${target}.profile.yaml`;
        const result = await runSession(spec, uri, text, warmText, session);
        results[spec.id].push(result);
        log(`${lines} lines, run ${r + 1}/${runs}, ${spec.label}: open ${round(result.openMs)} ms, edit ${round(median(result.editMs))} ms, burst ${round(result.burstMs)} ms`);
      }
    }
    raw[String(target)] = results;
    summaries.push(summarize(lines, packs.length, results.palette, results.yls));
  }

  const other: OtherFigures = {};
  const extra: string[] = [];
  if (!flag('no-catalog')) {
    log('catalog load against the emulator (200 ms per request) ...');
    const c = await measureCatalogLoad(quick ? 1 : 3);
    other.catalog = { parallelMs: round(median(c.parallelMs), 0), serialMs: round(median(c.serialMs), 0) };
    extra.push(`Catalog: full load (${c.requestsPerLoad} requests) against the emulator at ${c.latencyMs} ms per request: ` +
      `${other.catalog.parallelMs} ms with ${c.concurrency} parallel requests vs ${other.catalog.serialMs} ms serial ` +
      `(${round(other.catalog.parallelMs / other.catalog.serialMs, 2)}×; median of ${c.parallelMs.length}).`);
  }
  const activations = Array.from({ length: 5 }, () => measureActivation(node, join(repoRoot, 'dist/extension.js')));
  other.activation = { activateMs: round(median(activations.map((a) => a.activateMs))), loadMs: round(median(activations.map((a) => a.requireMs))) };
  extra.push(`Activation: activate() of dist/extension.js ${other.activation.activateMs} ms, after ${other.activation.loadMs} ms loading ` +
    'the bundle (median of 5; plain Node process with a stub `vscode`, benchmark only: bench/activation-probe.mjs).');
  const bundles = measureBundles();
  other.bundles = bundles;
  extra.push(`Bundles: all of dist/ ${bundles.distAllKiB} KiB as \`npm run build\` leaves it (minified; source maps in out/sourcemaps/): ` +
    `${Object.entries(bundles.distFiles).map(([f, k]) => `${f} ${k}`).join(', ')} KiB.`);

  const budgets = checkBudgets(summaries, other);
  const info = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    machine: `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: nodeVersion,
    yls: ylsVersion,
    runs,
  };
  const table = markdown(info, summaries, budgets, extra);
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify({ info, session, sizes: summaries, other, budgets, raw }, null, 2)}\n`);
  writeFileSync(join(outDir, 'results.md'), `${table}\n`);
  if (flag('update-readme')) updateReadme(join(repoRoot, 'README.md'), table);
  process.stdout.write(`${table}\n\nWrote .bench/results.json and .bench/results.md\n`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`[bench] failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
