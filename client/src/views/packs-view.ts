/** The Packs view: registries → packs (filtered, page by page) → versions → default values and README. */
import * as vscode from 'vscode';
import { listPacksRequest, listRegistriesRequest, listVersionsRequest } from '../../../server/src/protocol.js';
import type { PackFilterParams } from '../../../server/src/protocol.js';
import { filterDescription, treeItem } from './items.js';
import type { PaletteNode } from './items.js';
import { PagedChildren } from './paged-children.js';
import { errorMessage } from './palette-server.js';
import type { PaletteServer } from './palette-server.js';

export class PacksView implements vscode.TreeDataProvider<PaletteNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<PaletteNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly paged = new PagedChildren((parent) => this.changed.fire(parent));
  private filterValue: PackFilterParams = {};
  /** Set by extension.ts once the TreeView exists, to show the filter in its description. */
  view: vscode.TreeView<PaletteNode> | undefined;

  constructor(private readonly server: PaletteServer) {}

  get filter(): PackFilterParams {
    return this.filterValue;
  }

  setFilter(filter: PackFilterParams): void {
    this.filterValue = { layer: filter.layer || undefined, cloudType: filter.cloudType || undefined, text: filter.text || undefined };
    if (this.view) this.view.description = filterDescription(this.filterValue);
    this.refresh();
  }

  refresh(): void {
    this.paged.clear();
    this.changed.fire(undefined);
  }

  getTreeItem(node: PaletteNode): vscode.TreeItem {
    return treeItem(node);
  }

  async getChildren(node?: PaletteNode): Promise<PaletteNode[]> {
    try {
      if (!node) return (await this.server.request(listRegistriesRequest)).map((registry) => ({ kind: 'registry', registry }));
      if (node.kind === 'registry') return this.packs(node);
      if (node.kind === 'pack') {
        const versions = await this.server.send(listVersionsRequest, { registryUid: node.pack.registryUid, name: node.pack.name });
        return versions.map((version) => ({ kind: 'packVersion', pack: node.pack, version }));
      }
      if (node.kind === 'packVersion') {
        return (['values', 'readme'] as const).map((doc) => ({ kind: 'packDoc', pack: node.pack, version: node.version, doc }));
      }
      return [];
    } catch (err) {
      return [{ kind: 'message', text: errorMessage(err), error: true }];
    }
  }

  private packs(node: Extract<PaletteNode, { kind: 'registry' }>): Promise<PaletteNode[]> {
    const registryUid = node.registry.uid;
    const filter = this.filterValue;
    return this.paged.children(
      `${registryUid}\n${JSON.stringify(filter)}`,
      node,
      (pageToken) => this.server.send(listPacksRequest, { registryUid, filter, pageToken }),
      (pack) => ({ kind: 'pack', pack }),
    );
  }

  dispose(): void {
    this.changed.dispose();
  }
}
