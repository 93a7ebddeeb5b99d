/**
 * `.palette-profile.yaml` at the root of each workspace folder: the team's rule severities, shared through Git.
 * Read with fs at start and again when the client reports the file changed (workspace/didChangeWatchedFiles).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../core/config.js';
import type { RuleSeverity } from '../protocol.js';

export const repoConfigFileName = '.palette-profile.yaml';

interface FolderConfig {
  /** Folder uri with a trailing slash, for prefix matching. */
  prefix: string;
  severities: Record<string, RuleSeverity>;
}

export class RepoConfig {
  private folders: FolderConfig[] = [];

  constructor(private readonly log: (message: string) => void) {}

  /** Reads the file of every folder (a missing file is no config). */
  load(folderUris: string[]): void {
    this.folders = folderUris
      .map((uri) => ({ prefix: uri.endsWith('/') ? uri : `${uri}/`, severities: this.read(uri) }))
      // Longest prefix first, so a nested folder wins over its parent.
      .sort((a, b) => b.prefix.length - a.prefix.length);
  }

  severitiesFor(documentUri: string): Record<string, RuleSeverity> {
    return this.folders.find((f) => documentUri.startsWith(f.prefix))?.severities ?? {};
  }

  private read(folderUri: string): Record<string, RuleSeverity> {
    if (!folderUri.startsWith('file:')) return {};
    const path = join(fileURLToPath(folderUri), repoConfigFileName);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return {};
    }
    const config = parseConfig(text);
    for (const problem of config.problems) this.log(`${path}: ${problemText(problem)}`);
    return config.severities;
  }
}

function problemText(problem: unknown): string {
  if (typeof problem === 'string') return problem;
  if (problem && typeof problem === 'object' && 'message' in problem) return String(problem.message);
  return JSON.stringify(problem);
}
