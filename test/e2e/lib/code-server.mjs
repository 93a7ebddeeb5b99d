// A throw-away code-server (real VS Code 1.139 server, Node extension host, web workbench): fresh profile per
// run, own process group, so stopping it ends the extension host and the language servers with it.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { codeServerEntry, node24 } from './e2e-paths.mjs';
import { waitUntil } from './wait-until.mjs';

// Removes every first-run popup, network source and side panel that would cover what the tests look at.
const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'editor.minimap.enabled': false,
};

/** Creates an isolated profile under `root` (keep `root` short: VS Code puts a unix socket in it). */
export function prepareProfile(root, { settings = {}, bindAddr = '127.0.0.1:0' } = {}) {
  const profile = {
    root,
    userDataDir: join(root, 'ud'),
    extensionsDir: join(root, 'ext'),
    home: join(root, 'home'),
    configFile: join(root, 'config.yaml'),
    logFile: join(root, 'code-server.log'),
  };
  for (const dir of [join(profile.userDataDir, 'User'), profile.extensionsDir, profile.home]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(profile.userDataDir, 'User', 'settings.json'), JSON.stringify({ ...quietSettings, ...settings }, null, 2));
  // Port 0 lets the OS choose; the real port is read from the log. Loopback only, so no auth is needed.
  writeFileSync(profile.configFile, `bind-addr: ${bindAddr}\nauth: none\ncert: false\n`);
  return profile;
}

function serverEnv(profile, extra) {
  return {
    ...process.env,
    // code-server, VS Code and chromium write into HOME/XDG dirs; keep the user's real ones untouched.
    HOME: profile.home,
    XDG_CONFIG_HOME: join(profile.home, '.config'),
    XDG_DATA_HOME: join(profile.home, '.local', 'share'),
    XDG_CACHE_HOME: join(profile.home, '.cache'),
    // An empty gallery switches the marketplace off (the workbench would otherwise query open-vsx.org).
    EXTENSIONS_GALLERY: '{}',
    ...extra,
  };
}

const baseArgs = (profile) => ['--config', profile.configFile, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];

/** Installs a .vsix into the profile's extensions dir; throws with code-server's output when it fails. */
export function installExtension(profile, vsix) {
  const out = execFileSync(node24, [codeServerEntry, ...baseArgs(profile), '--install-extension', vsix], {
    env: serverEnv(profile, {}), encoding: 'utf8', timeout: 120_000,
  });
  if (!/successfully installed/i.test(out)) throw new Error(`installing ${vsix} failed:\n${out}`);
}

function healthy(url) {
  return new Promise((resolve) => {
    const req = get(`${url}/healthz`, (res) => { res.resume(); resolve(res.statusCode === 200); });
    req.on('error', () => resolve(false));
    req.setTimeout(5000, () => { req.destroy(); resolve(false); });
  });
}

/**
 * Starts code-server on `folder`. `testDriver` turns on the smoke-test driver, without which the workbench
 * ignores the extensionDevelopmentPath/extensionTestsPath payload; `workspaceTrust` keeps VS Code's workspace trust
 * on. Resolves to { url, pid, stop() }.
 */
export async function startCodeServer(profile, { folder, testDriver = true, workspaceTrust = false, env = {}, timeoutMs = 60_000 } = {}) {
  const fd = openSync(profile.logFile, 'a');
  const args = [
    codeServerEntry, ...baseArgs(profile),
    '--disable-telemetry', '--disable-update-check',
    // `workspaceTrust`: restricted-mode runs; the profile's settings then decide whether the folder is trusted.
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override', '--ignore-last-opened',
    ...(testDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    folder,
  ];
  const child = spawn(node24, args, { detached: true, stdio: ['ignore', fd, fd], env: serverEnv(profile, env) });
  closeSync(fd);
  let exited;
  child.on('exit', (code, signal) => { exited = { code, signal }; });
  const stop = () => stopGroup(child.pid);
  try {
    const url = await waitUntil('code-server to listen', timeoutMs, () => {
      if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}), see ${profile.logFile}`);
      return /HTTP server listening on (http:\/\/[^\s/]+)/.exec(readFileSync(profile.logFile, 'utf8'))?.[1];
    });
    await waitUntil('code-server /healthz', timeoutMs, () => healthy(url));
    return { url, pid: child.pid, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

function groupAlive(pgid) {
  try { process.kill(-pgid, 0); return true; } catch (err) { return err.code !== 'ESRCH'; }
}

/** SIGTERM to the group we created, SIGKILL after 10 s: the extension host outlives a closed browser by hours. */
export async function stopGroup(pgid) {
  if (!groupAlive(pgid)) return;
  try { process.kill(-pgid, 'SIGTERM'); } catch { /* already gone */ }
  const gone = await waitUntil('code-server to stop', 10_000, () => !groupAlive(pgid)).catch(() => false);
  if (gone) return;
  try { process.kill(-pgid, 'SIGKILL'); } catch { /* already gone */ }
  await waitUntil('code-server to die', 5_000, () => !groupAlive(pgid)).catch(() => {});
}
