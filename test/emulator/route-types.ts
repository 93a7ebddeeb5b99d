import type { TenantCatalog } from './catalog.js';
import type { EmulatorTenant } from './index.js';
import type { PackContent } from './pack-content.js';
import type { ProfileStore } from './profile-store.js';

/** Everything one tenant owns inside the emulator. */
export interface TenantState {
  tenant: EmulatorTenant;
  catalog: TenantCatalog;
  profiles: ProfileStore;
}

export interface RequestContext {
  state: TenantState;
  content: PackContent;
  /** undefined = tenant scope (no ProjectUid header). */
  projectUid?: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body, or undefined when the request had none. */
  body: unknown;
}

export interface Reply {
  status: number;
  json?: unknown;
  /** A raw body (export files); `json` wins when both are set. */
  text?: string;
  headers?: Record<string, string>;
}

export interface Route {
  method: string;
  /** Segments; `:name` captures one path segment. */
  pattern: string;
  handle(ctx: RequestContext): Reply | Promise<Reply>;
}

export const ok = (json: unknown): Reply => ({ status: 200, json });
export const noContent = (): Reply => ({ status: 204 });
