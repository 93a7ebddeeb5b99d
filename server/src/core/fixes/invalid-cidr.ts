import type { FixProvider } from './fix-provider.js';

/** invalid-cidr (host bits set) → the network the CIDR names; the finding covers exactly the CIDR's characters. */
export const invalidCidrFix: FixProvider = {
  code: 'invalid-cidr',
  fixes: (_profile, finding) => {
    const network = finding.data?.network;
    if (typeof network !== 'string') return [];
    return [{ title: `Use ${network}`, code: finding.code, edits: [{ range: finding.range, newText: network }], isPreferred: true }];
  },
};
