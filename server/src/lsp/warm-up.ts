/**
 * Completion and hover run once on a small built-in profile shortly after start-up. V8 compiles a function on
 * its first call, so without this the first completion of a session paid for compiling the completion code:
 * 14-31 ms for the benchmark's first request at 10k lines, 1-2 ms for the next ones (~10 ms for the first with it).
 * The profile has no uri: no document cache holds it, and its few parses age out of the bounded ones.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildSnapshot, CatalogData } from '../catalog/catalog-data.js';
import type { PackInRegistry, PackVersionDetail, RegistryInfo } from '../core/catalog.js';
import { complete } from '../core/complete/index.js';
import { hoverAt } from '../core/hover/index.js';
import { parseProfile } from '../core/parse/parse-profile.js';
import { toCompletionItem } from './completion.js';
import { toHover } from './hover.js';

const sample = `metadata:
  name: warm-up
spec:
  version: 1.0.0
  variables:
    - name: region
  template:
    type: cluster
    cloudType: edge-native
    packs:
      - name: edge-k3s
        type: spectro
        layer: k8s
        tag: 1.25.2
        registry:
          metadata:
            name: Public Repo
        values: |-
          cluster:
            config: |
              kube-apiserver-arg:
                - anonymous-auth=true
          pack:
            namespace: kube-system
          region: "{{ .spectro.var.region }}"
`;

/**
 * A one-pack catalog, built as the real catalog builds its snapshots, so the code paths that read catalog data
 * (names, versions, defaults) run too. Made when the warm-up runs, not when the server loads.
 */
function warmUpCatalog() {
  const registry: RegistryInfo = { uid: 'warm-up', name: 'Public Repo', kind: 'pack' };
  const pack: PackInRegistry = {
    name: 'edge-k3s', registryUid: registry.uid, layer: 'k8s', type: 'spectro', cloudTypes: ['edge-native'],
    versions: [{ tag: '1.25.2', version: '1.25.2', packUid: 'warm-up-k3s' }],
  };
  const detail: PackVersionDetail = {
    packUid: 'warm-up-k3s', name: 'edge-k3s', version: '1.25.2', registryUid: registry.uid, schema: [], presets: [], dependencies: [],
    values: 'cluster:\n  config: |\n    kube-apiserver-arg:\n      - anonymous-auth=true\npack:\n  namespace: kube-system\nregion: us-east\n',
  };
  const data = new CatalogData();
  data.registries = [registry];
  data.index.set(registry.uid, [pack]);
  data.addDetails([detail]);
  return buildSnapshot(data, 'complete', 'warm-up');
}

/** Where the warm-up asks: an outer enum, a pack name, a registry, a values key, a nested key, a macro. */
const markers = ['layer: ', 'name: edge', '            name: Public', '          pa', '              kube', '.spectro.var.'];

/** Runs the requests; returns, per marker, how many completion items and hovers (0 or 1) it produced. */
export function warmUp(): Array<[items: number, hovers: number]> {
  try {
    const doc = TextDocument.create('untitled:palette-warm-up', 'palette-profile', 1, sample);
    const profile = parseProfile(sample);
    const catalog = warmUpCatalog();
    return markers.map((marker) => {
      const offset = sample.indexOf(marker) + marker.length;
      const items = complete(profile, offset, catalog).map((c) => toCompletionItem(doc, c));
      return [items.length, toHover(doc, hoverAt(profile, offset, catalog)) ? 1 : 0];
    });
  } catch {
    // Only a head start: a failure here changes nothing for real requests.
    return [];
  }
}

/** Warms up once the server has had time to answer initialize and open the first document. */
export function scheduleWarmUp(delayMs = 300): void {
  setTimeout(warmUp, delayMs).unref();
}
