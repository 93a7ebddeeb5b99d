/** Commands of the Packs view: filter, open default values / README as read-only documents, load more. */
import * as vscode from 'vscode';
import type { PackFilterParams } from '../../../server/src/protocol.js';
import type { PaletteNode } from '../views/items.js';
import { packDocUri } from '../views/remote-documents.js';
import type { ViewDeps } from './view-deps.js';

const layers = ['os', 'k8s', 'cni', 'csi', 'addon'];
const cloudTypes = ['edge-native', 'aws', 'azure', 'gcp', 'vsphere', 'maas', 'openstack', 'eks', 'aks', 'gke'];

/** Filter by layer, cloud type and text; an argument object sets the filter without prompts. */
export async function filterPacks(deps: ViewDeps, args?: PackFilterParams): Promise<PackFilterParams | undefined> {
  if (args) {
    deps.packs.setFilter(args);
    return deps.packs.filter;
  }
  const current = deps.packs.filter;
  const any = { label: 'Any', value: undefined };
  const layer = await vscode.window.showQuickPick([any, ...layers.map((l) => ({ label: l, value: l }))], { title: 'Filter packs (1/3): layer', placeHolder: current.layer ?? 'Any' });
  if (!layer) return undefined;
  const cloud = await vscode.window.showQuickPick([any, ...cloudTypes.map((c) => ({ label: c, value: c }))], { title: 'Filter packs (2/3): cloud type', placeHolder: current.cloudType ?? 'Any' });
  if (!cloud) return undefined;
  const text = await vscode.window.showInputBox({ title: 'Filter packs (3/3): name contains', value: current.text ?? '' });
  if (text === undefined) return undefined;
  deps.packs.setFilter({ layer: layer.value, cloudType: cloud.value, text });
  return deps.packs.filter;
}

type PackDocNode = Extract<PaletteNode, { kind: 'packDoc' | 'packVersion' }>;

export async function openPackDoc(node: PackDocNode | undefined, doc: 'values' | 'readme'): Promise<vscode.TextEditor | undefined> {
  if (!node) {
    void vscode.window.showInformationMessage('Choose a pack version in the Packs view.');
    return undefined;
  }
  const uri = packDocUri({ registryUid: node.pack.registryUid, name: node.pack.name, version: node.version.version }, doc);
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: true });
}

export async function loadMore(node: PaletteNode | undefined): Promise<void> {
  if (node?.kind === 'more') await node.load();
}
