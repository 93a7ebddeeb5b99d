#!/usr/bin/env node
// `npm run demo`: the README's quick start. Builds the extension, installs what it needs (scripts/setup-e2e.sh,
// cached outside the repository), starts the local Palette API emulator and a real VS Code (code-server) with
// the packaged extension installed and a copy of examples/ open, prints the URL and runs until Ctrl+C.
//   --check   open the broken example in headless chromium, require its diagnostics in the Problems panel,
//             save .test-output/e2e/demo.png, then stop (CI runs this).
//   Env: PALETTE_DEMO_PORT (code-server port, default 8080; 0 = any free port).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { buildExtension } from '../test/e2e/lib/build.mjs';
import { installExtension, prepareProfile, startCodeServer } from '../test/e2e/lib/code-server.mjs';
import { checkDemo } from '../test/e2e/lib/demo-check.mjs';
import { e2eHome, outputDir, repoRoot } from '../test/e2e/lib/e2e-paths.mjs';
import { packageVsix } from '../test/e2e/lib/package-vsix.mjs';

const check = process.argv.includes('--check');
const port = process.env.PALETTE_DEMO_PORT ?? (check ? '0' : '8080');

const demoConnection = 'emulator-acme';

/**
 * User settings that point the extension at the emulator: a connection to tenant acme's Default project. Its
 * API key cannot be put into SecretStorage from outside (in code-server it lives in the browser), so the
 * first Switch Connection asks for it once.
 */
function connectionSettings(emulator) {
  const acme = emulator.tenants.find((t) => t.name === 'acme');
  return { 'palette.connections': [{ name: demoConnection, host: emulator.url, projectName: 'Default', tenant: acme.name }] };
}

function setUp() {
  buildExtension();
  const setup = spawnSync('bash', [join(repoRoot, 'scripts', 'setup-e2e.sh')], { stdio: 'inherit', timeout: 900_000 });
  if (setup.status !== 0) throw new Error('scripts/setup-e2e.sh failed');
  return packageVsix();
}

async function startEmulator() {
  const { startEmulator: start } = await tsImport('../test/emulator/index.ts', import.meta.url);
  return start({});
}

/**
 * Publishes the clean example through the real CLI, so the Profiles view has something to show. Async spawn:
 * the emulator answers from this process's event loop.
 */
async function seedProfiles(emulator, key) {
  const file = join(repoRoot, 'examples', 'edge-k3s-appliance.profile.yaml');
  const env = { ...process.env, PALETTE_HOST: emulator.url, PALETTE_API_KEY: key, PALETTE_PROJECT: 'Default' };
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'publish', file, '--yes'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const code = await new Promise((resolve) => child.on('exit', resolve));
  if (code !== 0) console.error(`demo: could not publish the example profile (${out.trim()})`);
}

async function main() {
  const vsix = setUp();
  const root = join(e2eHome, 'demo');
  // A fresh copy each start: what the user edits in the demo never dirties the repository.
  rmSync(root, { recursive: true, force: true });
  const workspace = join(root, 'examples');
  cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
  const emulator = await startEmulator();
  const acmeKey = emulator.tenants.find((t) => t.name === 'acme').apiKey;
  await seedProfiles(emulator, acmeKey);
  const profile = prepareProfile(root, { bindAddr: `127.0.0.1:${port}`, settings: connectionSettings(emulator) });
  installExtension(profile, vsix);
  const server = await startCodeServer(profile, { folder: workspace, testDriver: check });
  const url = `${server.url}/?folder=${encodeURIComponent(workspace)}`;
  const stop = async () => {
    await server.stop();
    await emulator.stop();
  };
  if (check) {
    const screenshot = join(outputDir, 'demo.png');
    try {
      const rows = await checkDemo(url, { file: 'edge-k3s-broken.profile.yaml', codes: ['invalid-profile-version', 'provider-image-mismatch', 'cidr-overlap'], screenshot, scratchDir: join(root, 'chromium') });
      console.log(`demo check passed: ${rows.length} Problems panel rows; screenshot ${screenshot}`);
    } finally {
      await stop();
    }
    return;
  }
  console.log(`\nPalette API emulator: ${emulator.url} (tenants ${emulator.tenants.map((t) => t.name).join(', ')}; keys in test/fixtures/catalog/README.md)`);
  console.log(`VS Code with Palette Profiles and examples/ (a copy in ${workspace}):\n\n    ${url}\n`);
  console.log('Open edge-k3s-broken.profile.yaml to see the diagnostics. To browse the emulator\'s packs and profiles:');
  // The emulator's keys are fixed demo values (npm run emulator prints them too), not secrets.
  console.log(`Command Palette → "Palette: Switch Connection…" → ${demoConnection}, and paste the emulator's key for tenant acme:`);
  console.log(`\n    ${acmeKey}\n\nThe Profiles view then lists edge-k3s-appliance, published at start. Press Ctrl+C to stop.`);
  const shutdown = () => void stop().then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err) => {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
