/**
 * Read-only documents fetched from the server: pack default values / README (`palette-pack:`) and exported
 * profile versions (`palette-profile-remote:`). The URI carries what to ask for, so reopening works.
 */
import * as vscode from 'vscode';
import { exportProfileRequest, packDefaultsRequest, packReadmeRequest } from '../../../server/src/protocol.js';
import type { PackVersionParams } from '../../../server/src/protocol.js';
import type { PaletteServer } from './palette-server.js';

export const packScheme = 'palette-pack';
export const profileScheme = 'palette-profile-remote';

export function packDocUri(p: PackVersionParams, doc: 'values' | 'readme'): vscode.Uri {
  const file = doc === 'values' ? 'values.yaml' : 'README.md';
  const query = new URLSearchParams({ registryUid: p.registryUid, name: p.name, version: p.version, doc }).toString();
  return vscode.Uri.from({ scheme: packScheme, path: `/${p.name}/${p.version}/${file}`, query });
}

/** `.profile.yaml` so the document gets the Palette Profile language (and its validation and outline). */
export function profileDocUri(uid: string, name: string, version: string): vscode.Uri {
  return vscode.Uri.from({ scheme: profileScheme, path: `/${name}-${version}.profile.yaml`, query: new URLSearchParams({ uid }).toString() });
}

export function registerRemoteDocuments(server: PaletteServer): vscode.Disposable {
  const packs: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const q = new URLSearchParams(uri.query);
      const params = { registryUid: q.get('registryUid') ?? '', name: q.get('name') ?? '', version: q.get('version') ?? '' };
      const text = await server.send(q.get('doc') === 'readme' ? packReadmeRequest : packDefaultsRequest, params);
      return text || (q.get('doc') === 'readme' ? `# ${params.name} ${params.version}\n\nThis pack version has no README.\n` : '');
    },
  };
  const profiles: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent: (uri) => server.send(exportProfileRequest, { uid: new URLSearchParams(uri.query).get('uid') ?? '' }),
  };
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(packScheme, packs),
    vscode.workspace.registerTextDocumentContentProvider(profileScheme, profiles),
  );
}
