/**
 * The two servers under comparison, started the way an editor starts them, both on the same Node 24 binary.
 * Ours publishes the document version with its diagnostics; yaml-language-server publishes none, so its
 * answer to an edit is the first publish after the edit was sent (the session waits for quiet before each one).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, ylsEntry } from './external-tools.js';
import { serverNodeOptions } from '../server/src/protocol.js';
import { LspDriver, type Published } from './lsp-driver.js';

export interface ServerSpec {
  id: 'palette' | 'yls';
  label: string;
  languageId: string;
  start(): Promise<{ driver: LspDriver; coldStartMs: number }>;
  /** Accepts the publish that answers document version `version`. */
  answers(p: Published, version: number): boolean;
}

export function paletteServer(node: string, snapshotFile: string): ServerSpec {
  return {
    id: 'palette',
    label: 'palette-profiles',
    languageId: 'palette-profile',
    // Default settings (validationDelay included): the latency a user sees. The catalog is a snapshot file, so
    // catalog rules run and nothing goes to the network.
    start: () => LspDriver.start({
      node,
      // BENCH_SERVER_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=.bench/prof`) profiles our server in a run.
      // Started with the Node options the extension uses (serverNodeOptions), so the figures are what users get.
      args: [...serverNodeOptions, ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []), join(repoRoot, 'dist/server.js'), '--stdio'],
      configuration: { palette: { catalogSnapshot: snapshotFile } },
      env: { PALETTE_HOST: '', PALETTE_API_KEY: '', SPECTROCLOUD_HOST: '', SPECTROCLOUD_APIKEY: '' },
    }),
    answers: (p, version) => p.version === version,
  };
}

export function ylsServer(node: string): ServerSpec {
  const schema = pathToFileURL(join(repoRoot, 'bench/profile.schema.json')).href;
  return {
    id: 'yls',
    label: 'yaml-language-server',
    languageId: 'yaml',
    // Settings are pushed (no workspace/configuration round trip per validation): if anything, this favours yls.
    start: () => LspDriver.start({
      node,
      args: [ylsEntry(node), '--stdio'],
      pushSettings: { yaml: { validate: true, hover: true, completion: true, format: { enable: false },
        schemaStore: { enable: false }, schemas: { [schema]: ['*.profile.yaml'] } } },
    }),
    answers: () => true,
  };
}
