/**
 * Language server process entry. Speaks LSP over stdio (`--stdio`) or Node IPC (`--node-ipc`), chosen by argv.
 * Builds the objects and wires the adapters; all behaviour lives in lsp/ and core/.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { version } from '../../package.json';
import { openCatalog } from './catalog/open-catalog.js';
import { Analyzer } from './lsp/analysis.js';
import { registerAuthoring } from './lsp/authoring.js';
import { CatalogLink } from './lsp/catalog-link.js';
import type { CatalogFactory } from './lsp/catalog-link.js';
import { DiagnosticsPublisher } from './lsp/diagnostics.js';
import { registerDocumentEvents } from './lsp/document-events.js';
import type { ClientFacts } from './lsp/initialize.js';
import { registerLifecycle } from './lsp/lifecycle.js';
import { registerPaletteRequests } from './lsp/palette-requests.js';
import { registerPublishRequests } from './lsp/publish-requests.js';
import { trackCatalog } from './lsp/palette-requests-session.js';
import { RepoConfig } from './lsp/repo-config.js';
import { registerRequests } from './lsp/requests.js';
import { createSettingsSource } from './lsp/settings.js';
import { trackedDocuments } from './lsp/tracked-documents.js';
import { scheduleWarmUp } from './lsp/warm-up.js';
import { WorkspaceInputs } from './lsp/workspace-inputs.js';

const connection = createConnection(ProposedFeatures.all);
const documents = trackedDocuments();
const log = (message: string) => connection.console.log(message);
const facts: ClientFacts = { canPullConfiguration: false, canRegisterConfigurationChange: false, canWatchFiles: false, folderUris: [] };

const settings = createSettingsSource(connection, () => facts.canPullConfiguration);
const repoConfig = new RepoConfig(log);
const analyzer = new Analyzer();
const viewCatalog = trackCatalog(catalogFactory());
const catalog = new CatalogLink(viewCatalog.factory, () => refresh(), log);
const inputs = new WorkspaceInputs(settings, repoConfig, catalog, () => facts.folderUris);
const diagnostics = new DiagnosticsPublisher({
  connection,
  documents,
  analyzer,
  inputsFor: (uri) => inputs.forDocument(uri),
  afterAnalysis: (analysis) => catalog.ensure(analysis.profile),
});

function refresh(): void {
  inputs.invalidate();
  diagnostics.revalidateAll();
}

/**
 * The catalog, when there is a source for it: a snapshot file, the offline cache, or the connection the client
 * passed by env. With none, no catalog: catalog rules stay quiet rather than guess.
 */
function catalogFactory(): CatalogFactory {
  return ({ snapshotFile, offline }) => openCatalog({ env: process.env, snapshotFile, offline, log });
}

registerLifecycle({ connection, facts, settings, repoConfig, version, onInputsChanged: refresh });
registerDocumentEvents(documents, diagnostics);
registerRequests({ connection, documents, analyzer, inputs });
registerAuthoring({
  connection,
  documents,
  snapshot: () => catalog.snapshot(),
  ensure: (profile) => catalog.ensure(profile),
  catalog: async () => {
    await inputs.forDocument(facts.folderUris[0] ?? 'untitled:palette-authoring');
    return viewCatalog.current();
  },
});
const palette = registerPaletteRequests({
  connection,
  env: process.env,
  log,
  settings,
  // Configures the catalog from the current settings even before any document was opened.
  catalog: async () => {
    await inputs.forDocument(facts.folderUris[0] ?? 'untitled:palette-views');
    return viewCatalog.current();
  },
  onSettingsChanged: () => {
    settings.reset();
    refresh();
  },
});
registerPublishRequests({ connection, documents, analyzer, inputs, session: palette, log });
connection.onShutdown(() => {
  catalog.dispose();
  palette.dispose();
});

documents.listen(connection);
connection.listen();
scheduleWarmUp();
