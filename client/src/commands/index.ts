/**
 * The id → handler table of every command. The ids are listed here without importing vscode, so a unit test can
 * compare them with package.json; extension.ts registers `commandIds` with handlers typed as `CommandHandlers`,
 * so an id without a handler does not compile.
 */
export const commandIds = [
  'palette.connection.add',
  'palette.connection.remove',
  'palette.connection.switch',
  'palette.connection.test',
  'palette.catalog.refresh',
  'palette.catalog.clearCache',
  'palette.catalog.goOffline',
  'palette.catalog.goOnline',
  'palette.catalog.exportSnapshot',
  'palette.packs.refresh',
  'palette.packs.filter',
  'palette.packs.clearFilter',
  'palette.packs.openDefaults',
  'palette.packs.openReadme',
  'palette.profiles.refresh',
  'palette.profiles.open',
  'palette.profiles.compare',
  'palette.profiles.delete',
  'palette.profiles.pull',
  'palette.views.loadMore',
  // Authoring (authoring-commands.ts).
  'palette.packs.add',
  'palette.values.insertDefaults',
  'palette.values.diffDefaults',
  // Publish and clone (publish.ts, clone.ts).
  'palette.profile.publish',
  'palette.profile.clone',
  // Select project, Packs view actions (select-project.ts, pack-actions.ts).
  'palette.connection.selectProject',
  'palette.packs.addToProfile',
  'palette.packs.copyValues',
] as const;

export type CommandId = (typeof commandIds)[number];

// Handlers take whatever VS Code passes (tree nodes, URIs, or the argument objects tests use).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CommandHandler = (...args: any[]) => unknown;
export type CommandHandlers = Record<CommandId, CommandHandler>;
