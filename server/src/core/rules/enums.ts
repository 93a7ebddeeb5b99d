/**
 * The closed value sets of a profile (FACTS.md §3, from Palette's OpenAPI enums) and the names people type
 * instead of them (UI labels, Terraform spellings), so a did-you-mean can name the value Palette wants.
 */

export const packTypes = ['spectro', 'helm', 'manifest', 'oci'] as const;
export const packLayers = ['kernel', 'os', 'k8s', 'cni', 'csi', 'addon'] as const;
export const profileTypes = ['cluster', 'infra', 'add-on', 'system'] as const;

/**
 * v1CloudType plus values real profiles use that the enum lacks: Terraform's `virtual` and custom clouds
 * (`nutanix`), and `libvirt` (terraform-spectrocloud-modules examples). Unknown cloud types are only a
 * warning because Palette accepts custom clouds by name.
 */
export const cloudTypes = [
  'all', 'aws', 'azure', 'gcp', 'vsphere', 'openstack', 'maas', 'nested', 'baremetal', 'eks', 'aks', 'edge',
  'apache-cloudstack', 'edge-native', 'generic', 'gke', 'virtual', 'nutanix', 'libvirt',
] as const;

/** Labels the Palette UI shows for profile types (terraform docs/resources/cluster_profile.md) and common slips. */
export const profileTypeAliases: Record<string, string> = {
  full: 'cluster',
  infrastructure: 'infra',
  addon: 'add-on',
  add_on: 'add-on',
  addons: 'add-on',
};

export const packLayerAliases: Record<string, string> = {
  kubernetes: 'k8s',
  network: 'cni',
  networking: 'cni',
  storage: 'csi',
  'add-on': 'addon',
  addons: 'addon',
  'operating-system': 'os',
};

export const packTypeAliases: Record<string, string> = {
  pack: 'spectro',
  chart: 'helm',
  'helm-chart': 'helm',
  manifests: 'manifest',
};
