/**
 * The server's hold on the pack catalog. main.ts decides how a catalog is built (connection from env, snapshot
 * file); this file recreates it when the catalog settings change, asks it for the packs a profile names without
 * ever blocking validation, and re-validates when new data arrives.
 */
import type { CatalogSnapshot } from '../core/catalog.js';
import type { ProfileDocument } from '../core/model.js';
import { packRefs } from '../core/pack-refs.js';
import type { PackRef } from '../core/pack-refs.js';

/** What the server needs of server/src/catalog's Catalog. */
export interface LspCatalog {
  snapshot(): CatalogSnapshot;
  ensure(refs: PackRef[]): Promise<unknown>;
  onDidChange(listener: () => void): unknown;
  dispose?(): void;
}

export interface CatalogOptions {
  /** Absolute path of a snapshot file, or undefined. */
  snapshotFile?: string;
  offline: boolean;
}

/** Returns undefined when there is nothing to build a catalog from (no connection, no snapshot). */
export type CatalogFactory = (options: CatalogOptions) => LspCatalog | undefined;

export class CatalogLink {
  private catalog: LspCatalog | undefined;
  private key: string | undefined;
  private disposed = false;

  constructor(
    private readonly factory: CatalogFactory,
    private readonly onDidChange: () => void,
    private readonly log: (message: string) => void,
  ) {}

  /** (Re)creates the catalog when its options changed; returns true when it did. */
  configure(options: CatalogOptions): boolean {
    const key = JSON.stringify(options);
    if (key === this.key) return false;
    this.key = key;
    this.catalog?.dispose?.();
    const created = this.build(options);
    this.catalog = created;
    // A listener of a replaced catalog must stay silent: only the current one may trigger re-validation.
    created?.onDidChange(() => {
      if (this.catalog === created && !this.disposed) this.onDidChange();
    });
    return true;
  }

  snapshot(): CatalogSnapshot | undefined {
    return this.catalog?.snapshot();
  }

  /** Fire-and-forget: loading happens off the typing path; onDidChange re-validates when it lands. */
  ensure(profile: ProfileDocument): void {
    const catalog = this.catalog;
    if (!catalog) return;
    const refs = packRefs(profile);
    if (refs.length === 0) return;
    catalog.ensure(refs).catch((err: unknown) => this.log(`catalog: ${errorText(err)}`));
  }

  dispose(): void {
    this.disposed = true;
    this.catalog?.dispose?.();
  }

  private build(options: CatalogOptions): LspCatalog | undefined {
    try {
      return this.factory(options);
    } catch (err) {
      this.log(`catalog: could not start (${errorText(err)}); validating without registry data`);
      return undefined;
    }
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
