/** The Profiles view: the project's profiles by name (page by page) → versions. */
import * as vscode from 'vscode';
import { listProfilesRequest, profileVersionsRequest } from '../../../server/src/protocol.js';
import { treeItem } from './items.js';
import type { PaletteNode } from './items.js';
import { PagedChildren } from './paged-children.js';
import { errorMessage } from './palette-server.js';
import type { PaletteServer } from './palette-server.js';

export class ProfilesView implements vscode.TreeDataProvider<PaletteNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<PaletteNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly paged = new PagedChildren((parent) => this.changed.fire(parent));

  constructor(private readonly server: PaletteServer) {}

  refresh(): void {
    this.paged.clear();
    this.changed.fire(undefined);
  }

  getTreeItem(node: PaletteNode): vscode.TreeItem {
    return treeItem(node);
  }

  async getChildren(node?: PaletteNode): Promise<PaletteNode[]> {
    if (!node) {
      return this.paged.children('profiles', undefined, (pageToken) => this.server.send(listProfilesRequest, { pageToken }), (profile) => ({ kind: 'profile', profile }));
    }
    if (node.kind !== 'profile') return [];
    try {
      // Fresh from the server: versions may have been published since the list was read.
      const versions = await this.server.send(profileVersionsRequest, { name: node.profile.name });
      return versions.map((version) => ({ kind: 'profileVersion', profile: { ...node.profile, versions }, version }));
    } catch (err) {
      return [{ kind: 'message', text: errorMessage(err), error: true }];
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
