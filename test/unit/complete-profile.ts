/** The edge profile the completion tests type into (Public Repo packs of the emulator's seed). */
export const edgeProfile = `metadata:
  name: edge-infra
spec:
  version: 1.0.0
  template:
    type: infra
    cloudType: edge-native
    packs:
      - name: edge-native-byoi
        type: spectro
        layer: os
        tag: 2.1.0
        registry:
          metadata:
            name: Public Repo
        values: |
          options:
            system.uri: "{{ .spectro.pack.edge-native-byoi.options.system.registry }}:{{ .spectro.system.kubernetes.version }}"
            system.registry: ttl.sh
      - name: edge-k3s
        type: spectro
        layer: k8s
        tag: 1.32.3
        registry: { metadata: { name: Public Repo } }
        values: |
          cluster:
            config: |
              flannel-backend: none
  variables:
    - name: podCidr
      format: ipv4cidr
    - name: clusterName
`;

/** `edgeProfile` with `find` replaced by `replacement` (which carries the ‸ cursor). */
export function typed(find: string, replacement: string, base = edgeProfile): string {
  if (!base.includes(find)) throw new Error(`fixture has no ${JSON.stringify(find)}`);
  return base.replace(find, replacement);
}
