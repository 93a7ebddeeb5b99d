// Keeps what a failed run leaves behind (logs, screenshots, result) under .test-output/e2e/<run>/.
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { outputDir } from './e2e-paths.mjs';

function logFiles(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) logFiles(path, out);
    else if (name.endsWith('.log')) out.push(path);
  }
  return out;
}

/** Copies code-server's log and VS Code's logs (extension host, language server output) into the evidence dir. */
export function keepEvidence(profile, name, extraFiles = []) {
  const dir = join(outputDir, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(dir, { recursive: true });
  for (const file of [profile.logFile, ...extraFiles].filter(existsSync)) cpSync(file, join(dir, file.split('/').pop()));
  for (const file of logFiles(join(profile.userDataDir, 'logs'))) {
    cpSync(file, join(dir, 'vscode-logs', file.slice(join(profile.userDataDir, 'logs').length + 1)));
  }
  return dir;
}
