/** Handlers of the connection, catalog and view commands, keyed by id (commands/index.ts lists the ids). */
import type { CommandHandler, CommandId } from './index.js';
import { clearCache, exportSnapshot, refreshCatalog, setOffline } from './catalog-commands.js';
import { addConnection } from './connection-add.js';
import { removeConnection, switchConnection, testConnection } from './connection-manage.js';
import { pullProfile } from './pull-profile.js';
import type { ViewDeps } from './view-deps.js';
import { filterPacks, loadMore, openPackDoc } from './view-packs.js';
import { compareProfile, deleteProfile, openProfile } from './view-profiles.js';

export function viewCommands(deps: ViewDeps): Partial<Record<CommandId, CommandHandler>> {
  return {
    'palette.connection.add': (args) => addConnection(deps, args),
    'palette.connection.remove': (name) => removeConnection(deps, typeof name === 'string' ? name : undefined),
    'palette.connection.switch': (name) => switchConnection(deps, typeof name === 'string' ? name : undefined),
    'palette.connection.test': () => testConnection(deps),
    'palette.catalog.refresh': () => refreshCatalog(deps),
    'palette.catalog.clearCache': () => clearCache(deps),
    'palette.catalog.goOffline': () => setOffline(deps, true),
    'palette.catalog.goOnline': () => setOffline(deps, false),
    'palette.catalog.exportSnapshot': (target) => exportSnapshot(deps, target),
    'palette.packs.refresh': () => deps.packs.refresh(),
    'palette.packs.filter': (args) => filterPacks(deps, args),
    'palette.packs.clearFilter': () => deps.packs.setFilter({}),
    'palette.packs.openDefaults': (node) => openPackDoc(node, 'values'),
    'palette.packs.openReadme': (node) => openPackDoc(node, 'readme'),
    'palette.profiles.refresh': () => deps.profiles.refresh(),
    'palette.profiles.open': (node) => openProfile(node),
    'palette.profiles.compare': (node, local) => compareProfile(node, local),
    'palette.profiles.delete': (node) => deleteProfile(deps, node),
    'palette.profiles.pull': (node, target) => pullProfile(deps, node?.kind === 'profileVersion' ? node : undefined, target),
    'palette.views.loadMore': (node) => loadMore(node),
  };
}
