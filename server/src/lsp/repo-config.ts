/**
 * `.palette-profile.yaml` at the root of each workspace folder: the team's rule severities, shared through Git.
 * Read with fs at start and again when the client reports the file changed (workspace/didChangeWatchedFiles).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';
import { parseConfig } from '../core/config.js';
import type { RuleSeverity } from '../protocol.js';

export const repoConfigFileName = '.palette-profile.yaml';

interface FolderConfig {
  /** Folder uri with a trailing slash, for prefix matching. */
  prefix: string;
  severities: Record<string, RuleSeverity>;
  /** The file's `ignore` globs (relative to the folder): such documents are not validated. */
  isIgnored: (documentUri: string) => boolean;
}

const nothingIgnored = () => false;

export class RepoConfig {
  private folders: FolderConfig[] = [];

  constructor(private readonly log: (message: string) => void) {}

  /** Reads the file of every folder (a missing file is no config). */
  load(folderUris: string[]): void {
    this.folders = folderUris
      .map((uri) => ({ prefix: uri.endsWith('/') ? uri : `${uri}/`, ...this.read(uri) }))
      // Longest prefix first, so a nested folder wins over its parent.
      .sort((a, b) => b.prefix.length - a.prefix.length);
  }

  severitiesFor(documentUri: string): Record<string, RuleSeverity> {
    return this.folderOf(documentUri)?.severities ?? {};
  }

  isIgnored(documentUri: string): boolean {
    return this.folderOf(documentUri)?.isIgnored(documentUri) ?? false;
  }

  private folderOf(documentUri: string): FolderConfig | undefined {
    return this.folders.find((f) => documentUri.startsWith(f.prefix));
  }

  private read(folderUri: string): Omit<FolderConfig, 'prefix'> {
    const none = { severities: {}, isIgnored: nothingIgnored };
    if (!folderUri.startsWith('file:')) return none;
    const path = join(fileURLToPath(folderUri), repoConfigFileName);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return none;
    }
    const config = parseConfig(text);
    for (const problem of config.problems) this.log(`${path}: ${problemText(problem)}`);
    if (config.ignore.length === 0) return { severities: config.severities, isIgnored: nothingIgnored };
    const root = fileURLToPath(folderUri);
    const matches = picomatch(config.ignore, { dot: true });
    const isIgnored = (uri: string) => uri.startsWith('file:') && matches(relative(root, fileURLToPath(uri)).split('\\').join('/'));
    return { severities: config.severities, isIgnored };
  }
}

function problemText(problem: unknown): string {
  if (typeof problem === 'string') return problem;
  if (problem && typeof problem === 'object' && 'message' in problem) return String(problem.message);
  return JSON.stringify(problem);
}
