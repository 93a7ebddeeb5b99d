/**
 * "Palette: Add Pack…": pick a pack across every registry, then a version (newest first, disabled hidden),
 * then whether to include the default values; the server renders the entry at its layer position.
 */
import * as vscode from 'vscode';
import { listPacksRequest, listRegistriesRequest, listVersionsRequest, packEntryRequest, profileLanguageId } from '../../../server/src/protocol.js';
import type { PackItem, RegistryItem } from '../../../server/src/protocol.js';
import type { AuthoringServer } from './authoring-server.js';

interface PackPick extends vscode.QuickPickItem {
  pack: PackItem;
  registry: RegistryItem;
}

async function allPacks(server: AuthoringServer, registry: RegistryItem): Promise<PackItem[]> {
  const packs: PackItem[] = [];
  let pageToken: string | undefined;
  do {
    const page = await server.send(listPacksRequest, { registryUid: registry.uid, pageToken });
    packs.push(...page.items);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return packs;
}

export async function addPack(server: AuthoringServer): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || (editor.document.languageId !== profileLanguageId && !/\.(ya?ml|json)$/.test(editor.document.fileName))) {
    void vscode.window.showInformationMessage('Open a cluster profile to add a pack to.');
    return false;
  }
  try {
    const picks = vscode.window.showQuickPick(loadPicks(server), { title: 'Add pack (1/3): pack', matchOnDescription: true, matchOnDetail: true });
    const chosen = await picks;
    if (!chosen) return false;
    const versions = (await server.send(listVersionsRequest, { registryUid: chosen.registry.uid, name: chosen.pack.name })).filter((v) => !v.disabled);
    const version = await vscode.window.showQuickPick(
      versions.map((v, i) => ({ label: v.tag, description: [i === 0 ? 'latest' : '', v.deprecated ? 'deprecated' : ''].filter(Boolean).join(' · '), tag: v.tag })),
      { title: `Add pack (2/3): ${chosen.pack.name} version` },
    );
    if (!version) return false;
    const values = await vscode.window.showQuickPick([{ label: 'With default values', include: true }, { label: 'Without values', include: false }], { title: 'Add pack (3/3): values' });
    if (!values) return false;
    const edit = await server.send(packEntryRequest, { uri: editor.document.uri.toString(), name: chosen.pack.name, registryUid: chosen.registry.uid, tag: version.tag, includeValues: values.include });
    const range = new vscode.Range(edit.range.start.line, edit.range.start.character, edit.range.end.line, edit.range.end.character);
    return editor.edit((b) => b.replace(range, edit.newText));
  } catch (err) {
    void vscode.window.showErrorMessage(`Add pack failed: ${err instanceof Error ? err.message : String(err)}`);
    return false;
  }
}

async function loadPicks(server: AuthoringServer): Promise<PackPick[]> {
  const registries = await server.request(listRegistriesRequest);
  const perRegistry = await Promise.all(registries.map(async (registry) => (await allPacks(server, registry)).map((pack) => ({ pack, registry }))));
  return perRegistry.flat()
    .sort((a, b) => a.pack.name.localeCompare(b.pack.name) || a.registry.name.localeCompare(b.registry.name))
    .map(({ pack, registry }) => ({
      label: pack.name,
      description: [pack.latestVersion, registry.name].filter(Boolean).join(' · '),
      detail: [pack.displayName, pack.layer, pack.type].filter(Boolean).join(' · '),
      pack,
      registry,
    }));
}
