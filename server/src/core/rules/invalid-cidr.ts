/**
 * Pod and service CIDRs of the k8s layer must parse as IPv4/IPv6 CIDRs (k3s/rke2 `cluster-cidr`/`service-cidr`,
 * kubeadm `podSubnet`/`serviceSubnet`, PXK `podCIDR`/`serviceClusterIpRange`); dual-stack lists hold at most
 * one range per family. Host bits set is only a warning: Kubernetes masks them, but it usually hides a typo.
 */
import type { Rule, RuleFinding } from './rule.js';
import { cidrFields } from '../cidr-fields.js';
import { formatNetwork, hasHostBits, parseCidr } from '../cidr.js';

export const invalidCidr: Rule = {
  code: 'invalid-cidr',
  severity: 'error',
  description: 'A pod or service CIDR of the Kubernetes layer is not a valid IPv4/IPv6 CIDR.',
  check({ profile }) {
    const found: RuleFinding[] = [];
    for (const field of cidrFields(profile)) {
      const families = new Set<number>();
      for (const entry of field.entries) {
        const parsed = parseCidr(entry.text);
        if (!parsed.ok) {
          found.push({ message: `'${entry.text}' (${field.key}) is not a valid CIDR: ${parsed.reason}.`, range: entry.range, data: { key: field.key } });
          continue;
        }
        if (families.has(parsed.cidr.family)) {
          found.push({ message: `${field.key} lists a second IPv${parsed.cidr.family} range; dual-stack allows one range per family.`, range: entry.range, data: { key: field.key } });
        }
        families.add(parsed.cidr.family);
        if (hasHostBits(parsed.cidr)) {
          const network = formatNetwork(parsed.cidr);
          found.push({
            message: `'${entry.text}' (${field.key}) has host bits set; the range it names is ${network}.`,
            range: entry.range,
            severity: 'warning',
            data: { key: field.key, network },
          });
        }
      }
    }
    return found;
  },
};
