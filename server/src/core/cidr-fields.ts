/**
 * Where a profile sets its pod and service CIDRs (FACTS.md §6): edge-k3s / edge-rke2 `cluster-cidr` and
 * `service-cidr`, edge-k8s `clusterConfiguration.networking.podSubnet` / `serviceSubnet` (both inside the
 * `cluster.config` YAML string), kubernetes (PXK) `pack.podCIDR` / `pack.serviceClusterIpRange`. Keys are
 * looked up by shape, not pack name, so aliased and renamed packs are covered too.
 */
import { isScalar } from 'yaml';
import type { EmbeddedYaml, PackEntry, ProfileDocument, Range } from './model.js';
import { resolveDottedPath } from './dotted-path.js';
import { scalarContentRange } from './scalar-range.js';
import { splitCidrList } from './cidr.js';

export type CidrRole = 'pod' | 'service';

export interface CidrEntry {
  text: string;
  /** Outer range of exactly this entry's characters. */
  range: Range;
}

export interface CidrField {
  pack: PackEntry;
  role: CidrRole;
  /** Dotted key inside its YAML level, e.g. `cluster-cidr`. */
  key: string;
  /** One entry per comma-separated item (dual stack). */
  entries: CidrEntry[];
}

const nestedKeys: Array<[string, CidrRole]> = [
  ['cluster-cidr', 'pod'],
  ['service-cidr', 'service'],
  ['clusterConfiguration.networking.podSubnet', 'pod'],
  ['clusterConfiguration.networking.serviceSubnet', 'service'],
];

const valuesKeys: Array<[string, CidrRole]> = [
  ['pack.podCIDR', 'pod'],
  ['pack.serviceClusterIpRange', 'service'],
];

function readField(pack: PackEntry, yaml: EmbeddedYaml, key: string, role: CidrRole): CidrField | undefined {
  const hit = resolveDottedPath(yaml.doc.contents, key);
  if (!hit || !isScalar(hit.node) || typeof hit.node.value !== 'string') return undefined;
  const text = hit.node.value;
  // Macros and variables are resolved at deploy time; their values are not ours to judge.
  if (text.includes('{{')) return undefined;
  const content = scalarContentRange(hit.node, yaml.text);
  const whole: Range = hit.node.range
    ? [yaml.toOuter(hit.node.range[0]), yaml.toOuter(hit.node.range[1])]
    : yaml.contentRange;
  const entries = splitCidrList(text).map((item) => ({
    text: item.text,
    range: content
      ? ([yaml.toOuter(content[0] + item.start), yaml.toOuter(content[0] + item.end)] as Range)
      : whole,
  }));
  return { pack, role, key, entries };
}

/** Every pod / service CIDR setting of the profile, in pack order. */
export function cidrFields(profile: ProfileDocument): CidrField[] {
  const fields: CidrField[] = [];
  for (const pack of profile.packs) {
    if (!pack.values) continue;
    const config = pack.values.nested.get('cluster.config');
    for (const [key, role] of config ? nestedKeys : []) {
      const field = config && readField(pack, config, key, role);
      if (field) fields.push(field);
    }
    for (const [key, role] of valuesKeys) {
      const field = readField(pack, pack.values, key, role);
      if (field) fields.push(field);
    }
  }
  return fields;
}
