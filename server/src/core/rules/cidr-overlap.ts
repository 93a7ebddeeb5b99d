/**
 * Pod and service ranges of one cluster must not overlap: a service IP that is also a pod IP breaks routing
 * (edge tutorial: pick non-overlapping ranges such as 100.64.0.0/18 and 100.64.64.0/18).
 */
import type { Rule, RuleFinding } from './rule.js';
import { cidrFields } from '../cidr-fields.js';
import type { CidrEntry } from '../cidr-fields.js';
import { cidrsOverlap, parseCidr } from '../cidr.js';
import type { Cidr } from '../cidr.js';

interface Parsed {
  entry: CidrEntry;
  key: string;
  cidr: Cidr;
}

export const cidrOverlap: Rule = {
  code: 'cidr-overlap',
  severity: 'error',
  description: 'The pod CIDR and the service CIDR overlap.',
  check({ profile }) {
    const byRole: Record<'pod' | 'service', Parsed[]> = { pod: [], service: [] };
    for (const field of cidrFields(profile)) {
      for (const entry of field.entries) {
        const parsed = parseCidr(entry.text);
        if (parsed.ok) byRole[field.role].push({ entry, key: field.key, cidr: parsed.cidr });
      }
    }
    const found: RuleFinding[] = [];
    for (const service of byRole.service) {
      for (const pod of byRole.pod) {
        if (!cidrsOverlap(pod.cidr, service.cidr)) continue;
        found.push({
          message: `The service range ${service.entry.text} (${service.key}) overlaps the pod range ${pod.entry.text} (${pod.key}).`,
          range: service.entry.range,
          data: { pod: pod.entry.text, service: service.entry.text, podRange: pod.entry.range },
        });
      }
    }
    return found;
  },
};
