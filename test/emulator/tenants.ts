import type { EmulatorTenant } from './index.js';
import { stableUid } from './stable-uid.js';

function tenant(name: string, apiKey: string, projects: string[]): EmulatorTenant {
  return {
    name,
    uid: stableUid('tenant', name),
    apiKey,
    projects: projects.map((p) => ({ name: p, uid: stableUid('project', name, p) })),
  };
}

/** Fixed so tests, the demo and the README can name them. The keys are public test values, not secrets. */
export function defaultTenants(): EmulatorTenant[] {
  return [
    tenant('acme', 'emu-acme-key-000000000000000000000001', ['Default', 'edge-prod']),
    tenant('globex', 'emu-globex-key-00000000000000000000002', ['Default', 'platform']),
  ];
}
