import { ApiError } from './api-error.js';
import { newUid } from './stable-uid.js';

export interface StoredManifest { uid: string; name: string; content: string }

export interface StoredPack {
  name: string;
  type: string;
  layer: string;
  tag: string;
  version: string;
  /** Catalog pack uid; absent for manifest-only layers. */
  packUid?: string;
  registryUid?: string;
  values: string;
  manifests: StoredManifest[];
}

export interface StoredVariable { name: string; [key: string]: unknown }

export interface StoredProfile {
  uid: string;
  /** undefined = tenant scope. */
  projectUid?: string;
  name: string;
  version: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  type: string;
  cloudType: string;
  packs: StoredPack[];
  variables: StoredVariable[];
  published: boolean;
  created: string;
  modified: string;
}

/** One tenant's cluster profiles. Every version is its own object, grouped by name (FACTS.md §2.4). */
export class ProfileStore {
  private readonly byUid = new Map<string, StoredProfile>();

  clear(): void {
    this.byUid.clear();
  }

  /** Profiles a caller in `projectUid` (or tenant scope) can see: its own scope plus the tenant's. */
  visible(projectUid: string | undefined): StoredProfile[] {
    return [...this.byUid.values()].filter((p) => p.projectUid === undefined || p.projectUid === projectUid);
  }

  get(uid: string, projectUid: string | undefined): StoredProfile {
    const p = this.byUid.get(uid);
    if (!p || (p.projectUid !== undefined && p.projectUid !== projectUid)) {
      throw new ApiError(404, 'ResourceNotFound', `cluster profile ${uid} not found`);
    }
    return p;
  }

  /** Same name and version in the same scope is a conflict (the import docs say so; Terraform's mock agrees). */
  assertFree(name: string, version: string, projectUid: string | undefined, exceptUid?: string): void {
    const clash = [...this.byUid.values()].some((p) => p.name === name && p.version === version &&
      p.projectUid === projectUid && p.uid !== exceptUid);
    if (clash) {
      throw new ApiError(409, 'ClusterProfileAlreadyExists',
        `cluster profile ${name} with version ${version} already exists`);
    }
  }

  add(p: Omit<StoredProfile, 'uid' | 'created' | 'modified'>): StoredProfile {
    const now = new Date().toISOString();
    const stored = { ...p, uid: newUid(), created: now, modified: now };
    this.byUid.set(stored.uid, stored);
    return stored;
  }

  delete(uid: string): void {
    this.byUid.delete(uid);
  }

  /** All versions sharing the profile's name in its scope. */
  versionsOf(p: StoredProfile): { uid: string; version: string }[] {
    return [...this.byUid.values()]
      .filter((q) => q.name === p.name && q.projectUid === p.projectUid)
      .map((q) => ({ uid: q.uid, version: q.version }));
  }
}
