/**
 * Everything besides the text that decides a document's findings: user settings, the repo's
 * `.palette-profile.yaml` and the catalog. A generation number changes whenever any of them does.
 */
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalysisInputs } from './analysis.js';
import type { CatalogLink } from './catalog-link.js';
import type { RepoConfig } from './repo-config.js';
import type { SettingsSource } from './settings.js';

export class WorkspaceInputs {
  private generation = 0;

  constructor(
    private readonly settings: SettingsSource,
    private readonly repoConfig: RepoConfig,
    private readonly catalog: CatalogLink,
    private readonly folderUris: () => string[],
  ) {}

  async forDocument(uri: string): Promise<{ inputs: AnalysisInputs; delay: number }> {
    const [settings, workspace] = await Promise.all([this.settings.get(uri), this.settings.get()]);
    const snapshotFile = this.resolve(workspace.catalogSnapshot);
    if (this.catalog.configure({ snapshotFile, offline: workspace.offline })) this.generation++;
    const inputs: AnalysisInputs = {
      generation: this.generation,
      // The user's own setting wins over the repo file for the same rule.
      severities: { ...this.repoConfig.severitiesFor(uri), ...settings.rules },
      ignored: this.repoConfig.isIgnored(uri),
      catalog: this.catalog.snapshot(),
    };
    return { inputs, delay: settings.validationDelay };
  }

  /** Settings, repo config or catalog data changed: every cached analysis is stale. */
  invalidate(): void {
    this.generation++;
  }

  /** A relative snapshot path is relative to the first workspace folder. */
  private resolve(path: string): string | undefined {
    if (!path) return undefined;
    if (isAbsolute(path)) return path;
    const root = this.folderUris().find((u) => u.startsWith('file:'));
    return root ? join(fileURLToPath(root), path) : path;
  }
}
