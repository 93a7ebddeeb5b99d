import assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { openWithCursor } from './cursor-document.js';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

suite('Hover', () => {
  test('hovering the Kubernetes version macro shows the version of the profile\'s k8s layer', async () => {
    const { editor, position } = await openWithCursor([
      'metadata:',
      '  name: edge-hover',
      'spec:',
      '  version: 1.0.0',
      '  template:',
      '    type: infra',
      '    cloudType: edge-native',
      '    packs:',
      '      - name: edge-native-byoi',
      '        type: spectro',
      '        layer: os',
      '        tag: 2.1.0',
      '        registry: { metadata: { name: Public Repo } }',
      '        values: |',
      '          options:',
      '            system.uri: "spectrocloud/ubuntu:k3s-{{ .spectro.system.kubernetes.ver‸sion }}-v4.6.24-stores"',
      '      - name: edge-k3s',
      '        type: spectro',
      '        layer: k8s',
      '        tag: 1.29.2',
      '        version: 1.29.2',
      '        registry: { metadata: { name: Public Repo } }',
      '',
    ].join('\n'));
    const deadline = Date.now() + 20_000;
    let text = '';
    // The first request can race the document's arrival at the server.
    while (!text.includes('1.29.2') && Date.now() < deadline) {
      text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position));
      if (!text.includes('1.29.2')) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.match(text, /kubernetes\.version/);
    assert.match(text, /1\.29\.2/);
  });
});
