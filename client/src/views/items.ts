/** The nodes of the Packs and Profiles trees and their TreeItems; contextValues drive the menus in package.json. */
import * as vscode from 'vscode';
import type { PackFilterParams, PackItem, PackVersionItem, ProfileItem, ProfileVersionItem, RegistryItem } from '../../../server/src/protocol.js';

export type PaletteNode =
  | { kind: 'registry'; registry: RegistryItem }
  | { kind: 'pack'; pack: PackItem }
  | { kind: 'packVersion'; pack: PackItem; version: PackVersionItem }
  | { kind: 'packDoc'; pack: PackItem; version: PackVersionItem; doc: 'values' | 'readme' }
  | { kind: 'more'; label: string; load: () => Promise<void> }
  | { kind: 'message'; text: string; error?: boolean }
  | { kind: 'profile'; profile: ProfileItem }
  | { kind: 'profileVersion'; profile: ProfileItem; version: ProfileVersionItem };

/** contextValue of each node kind (package.json menus `viewItem == …`). */
export const contextValues = {
  registry: 'palette.registry',
  pack: 'palette.pack',
  packVersion: 'palette.packVersion',
  packDoc: 'palette.packDoc',
  more: 'palette.more',
  message: 'palette.message',
  profile: 'palette.profile',
  profileVersion: 'palette.profileVersion',
} as const;

const collapsed = vscode.TreeItemCollapsibleState.Collapsed;
const none = vscode.TreeItemCollapsibleState.None;

export function treeItem(node: PaletteNode): vscode.TreeItem {
  const item = new vscode.TreeItem(label(node), hasChildren(node) ? collapsed : none);
  item.contextValue = contextValues[node.kind];
  switch (node.kind) {
    case 'registry':
      item.description = node.registry.kind;
      item.iconPath = new vscode.ThemeIcon('database');
      break;
    case 'pack':
      item.description = [node.pack.layer, node.pack.latestVersion].filter(Boolean).join(' · ');
      item.tooltip = `${node.pack.displayName ?? node.pack.name}\nType: ${node.pack.type ?? '?'}\nCloud types: ${node.pack.cloudTypes?.join(', ') || 'all'}`;
      item.iconPath = new vscode.ThemeIcon('package');
      break;
    case 'packVersion':
      item.description = [node.version.tag !== node.version.version ? `tag ${node.version.tag}` : '', node.version.deprecated ? 'deprecated' : '', node.version.disabled ? 'disabled' : ''].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon('tag');
      break;
    case 'packDoc':
      item.command = { command: node.doc === 'values' ? 'palette.packs.openDefaults' : 'palette.packs.openReadme', title: 'Open', arguments: [node] };
      item.iconPath = new vscode.ThemeIcon(node.doc === 'values' ? 'file-code' : 'book');
      break;
    case 'more':
      item.command = { command: 'palette.views.loadMore', title: 'Load more', arguments: [node] };
      item.iconPath = new vscode.ThemeIcon('ellipsis');
      break;
    case 'message':
      item.iconPath = new vscode.ThemeIcon(node.error ? 'error' : 'info');
      item.tooltip = node.text;
      break;
    case 'profile':
      item.description = `${node.profile.versions.length} version${node.profile.versions.length === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon('layers');
      break;
    case 'profileVersion':
      item.iconPath = new vscode.ThemeIcon('versions');
      item.command = { command: 'palette.profiles.open', title: 'Open', arguments: [node] };
      break;
  }
  return item;
}

function label(node: PaletteNode): string {
  switch (node.kind) {
    case 'registry': return node.registry.name;
    case 'pack': return node.pack.name;
    case 'packVersion': return node.version.version;
    case 'packDoc': return node.doc === 'values' ? 'Default values' : 'README';
    case 'more': return node.label;
    case 'message': return node.text;
    case 'profile': return node.profile.name;
    case 'profileVersion': return node.version.version;
  }
}

function hasChildren(node: PaletteNode): boolean {
  return node.kind === 'registry' || node.kind === 'pack' || node.kind === 'packVersion' || node.kind === 'profile';
}

/** The filter as the Packs view title shows it, or undefined when nothing is filtered. */
export function filterDescription(filter: PackFilterParams): string | undefined {
  const parts = [filter.layer && `layer ${filter.layer}`, filter.cloudType && `cloud ${filter.cloudType}`, filter.text && `"${filter.text}"`].filter(Boolean);
  return parts.length ? `filter: ${parts.join(', ')}` : undefined;
}
