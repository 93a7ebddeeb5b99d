/**
 * What the palette/* requests share: the connection the client started the server with (environment only), a
 * Palette client for the profile requests made on first need, the validation catalog and the offline switch.
 */
import type { Catalog } from '../catalog/catalog.js';
import { createPaletteClient } from '../palette/client.js';
import type { PaletteClient, PaletteClientOptions } from '../palette/client.js';
import { connectionFromEnv, resolveConnection } from '../palette/connection-from-env.js';
import { connectionEnv } from '../protocol.js';
import type { ConnectionInfo } from '../protocol.js';
import type { CatalogFactory, LspCatalog } from './catalog-link.js';
import type { SettingsSource } from './settings.js';

export interface PaletteSessionDeps {
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  settings: SettingsSource;
  /** The catalog validation uses, configured from the current settings; undefined without any source. */
  catalog(): Promise<Catalog | undefined>;
}

/** An error whose message is shown to the user as it is. */
export class UserFacingError extends Error {}

const signedOut = 'Not signed in to Palette: add a connection with "Palette: Add Connection".';

export class PaletteSession {
  /** The connection as the client described it (name, host, project; never the key). */
  readonly info: ConnectionInfo | undefined;
  readonly options: PaletteClientOptions | undefined;
  private client: Promise<PaletteClient> | undefined;

  constructor(private readonly deps: PaletteSessionDeps) {
    this.options = connectionFromEnv(deps.env);
    this.info = this.options ? describe(deps.env, this.options) : undefined;
  }

  async catalog(): Promise<Catalog> {
    const catalog = await this.deps.catalog();
    if (!catalog) throw new UserFacingError(`${signedOut} Or set palette.catalogSnapshot to browse a snapshot.`);
    return catalog;
  }

  async offline(): Promise<boolean> {
    return (await this.deps.settings.get()).offline;
  }

  /** The project-scoped client; refuses while offline, so no request leaves the machine then. */
  async paletteClient(): Promise<PaletteClient> {
    if (!this.options) throw new UserFacingError(signedOut);
    if (await this.offline()) throw new UserFacingError('Palette is offline: run "Palette: Go Online" first.');
    if (!this.client) {
      const options = { ...this.options, log: this.deps.log };
      this.client = resolveConnection(options, createPaletteClient).then(createPaletteClient);
      // A failed project lookup must be retried on the next request, not remembered.
      this.client.catch(() => (this.client = undefined));
    }
    return this.client;
  }

  /** A one-off client at tenant scope that gives up quickly (Test connection, project list). */
  probeClient(): PaletteClient {
    if (!this.options) throw new UserFacingError(signedOut);
    return createPaletteClient({ ...this.options, projectUid: undefined, projectName: undefined, retries: 0, timeoutMs: 15_000, log: this.deps.log });
  }

  dispose(): void {
    void this.client?.then((c) => c.close()).catch(() => undefined);
  }
}

function describe(env: NodeJS.ProcessEnv, o: PaletteClientOptions): ConnectionInfo {
  let name = '';
  try {
    name = (JSON.parse(env[connectionEnv.connection] ?? '{}') as Partial<ConnectionInfo>).name ?? '';
  } catch {
    // A malformed variable already fell back to PALETTE_HOST in connectionFromEnv; the name is cosmetic.
  }
  const projectName = safeProjectName(env) ?? o.projectName;
  return { name, host: o.host, projectUid: o.projectUid, projectName, caFile: o.caFile, insecure: o.insecure };
}

function safeProjectName(env: NodeJS.ProcessEnv): string | undefined {
  try {
    return (JSON.parse(env[connectionEnv.connection] ?? '{}') as Partial<ConnectionInfo>).projectName;
  } catch {
    return undefined;
  }
}

/**
 * Wraps the server's catalog factory to remember the catalog it made last, so the views browse the very catalog
 * validation reads (one cache, one refresh). Only a full Catalog (with the browse functions) is remembered.
 */
export function trackCatalog(factory: CatalogFactory): { factory: CatalogFactory; current(): Catalog | undefined } {
  let last: Catalog | undefined;
  return {
    factory: (options) => {
      const made = factory(options);
      last = made && isCatalog(made) ? made : undefined;
      return made;
    },
    current: () => last,
  };
}

function isCatalog(c: LspCatalog): c is LspCatalog & Catalog {
  return 'listRegistries' in c && 'status' in c && 'refresh' in c;
}
