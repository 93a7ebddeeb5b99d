/** Refresh catalog, Clear cache, Go offline / online, Export catalog snapshot. */
import * as vscode from 'vscode';
import { clearCacheRequest, exportSnapshotRequest, refreshCatalogRequest, setOfflineRequest } from '../../../server/src/protocol.js';
import type { CatalogStatusResult } from '../../../server/src/protocol.js';
import type { ViewDeps } from './view-deps.js';

export async function refreshCatalog(deps: ViewDeps): Promise<CatalogStatusResult> {
  const status = await vscode.window.withProgress({ location: { viewId: 'palette.packs' }, title: 'Refreshing the Palette catalog' }, () => deps.server.request(refreshCatalogRequest));
  await deps.status.update(status);
  deps.packs.refresh();
  // A failed refresh keeps the cached catalog: say so rather than pretend it is fresh.
  if (status.lastError) void vscode.window.showWarningMessage(`Catalog refresh failed; using the cached catalog. ${status.lastError}`);
  return status;
}

export async function clearCache(deps: ViewDeps): Promise<void> {
  await deps.status.update(await deps.server.request(clearCacheRequest));
  deps.packs.refresh();
}

/** Writes the user setting (it persists, and the CLI reads the same idea) and has the server apply it now. */
export async function setOffline(deps: ViewDeps, offline: boolean): Promise<CatalogStatusResult> {
  await vscode.workspace.getConfiguration('palette').update('offline', offline, vscode.ConfigurationTarget.Global);
  const status = await deps.server.send(setOfflineRequest, { offline });
  await deps.status.update(status);
  deps.packs.refresh();
  deps.profiles.refresh();
  return status;
}

/** Export catalog snapshot: to `target` (a path or URI, for scripts and tests) or where the user chooses. */
export async function exportSnapshot(deps: ViewDeps, target?: vscode.Uri | string): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = typeof target === 'string' ? vscode.Uri.file(target) : target ??
    (await vscode.window.showSaveDialog({
      title: 'Export catalog snapshot',
      defaultUri: folder && vscode.Uri.joinPath(folder, 'palette-catalog.json'),
      filters: { 'Catalog snapshot': ['json'] },
    }));
  if (!uri) return undefined;
  await deps.server.send(exportSnapshotRequest, { file: uri.fsPath });
  if (!target) void vscode.window.showInformationMessage(`Catalog snapshot written to ${vscode.workspace.asRelativePath(uri)}. Point palette.catalogSnapshot at it to validate offline.`);
  return uri;
}
