/**
 * Children of a tree node fetched page by page: the first page on expand, then a "Load more" node that appends
 * the next page in place. Errors become a message node rather than an empty tree.
 */
import type { Paged } from '../../../server/src/protocol.js';
import type { PaletteNode } from './items.js';
import { errorMessage } from './palette-server.js';

export class PagedChildren {
  private readonly lists = new Map<string, PaletteNode[]>();

  constructor(private readonly changed: (parent: PaletteNode | undefined) => void) {}

  clear(): void {
    this.lists.clear();
  }

  /** The loaded children under `key`, fetching the first page when none is loaded yet. */
  async children<T>(key: string, parent: PaletteNode | undefined, fetch: (pageToken?: string) => Promise<Paged<T>>, toNode: (item: T) => PaletteNode): Promise<PaletteNode[]> {
    const loaded = this.lists.get(key);
    if (loaded) return loaded;
    const list: PaletteNode[] = [];
    this.lists.set(key, list);
    try {
      await this.append(list, parent, await fetch(), fetch, toNode);
    } catch (err) {
      this.lists.delete(key);
      return [{ kind: 'message', text: errorMessage(err), error: true }];
    }
    return list.length ? list : [{ kind: 'message', text: 'Nothing here' }];
  }

  private async append<T>(list: PaletteNode[], parent: PaletteNode | undefined, page: Paged<T>, fetch: (pageToken?: string) => Promise<Paged<T>>, toNode: (item: T) => PaletteNode): Promise<void> {
    if (list[list.length - 1]?.kind === 'more') list.pop();
    list.push(...page.items.map(toNode));
    const token = page.nextPageToken;
    if (!token) return;
    list.push({
      kind: 'more',
      label: 'Load more…',
      load: async () => {
        await this.append(list, parent, await fetch(token), fetch, toNode);
        this.changed(parent);
      },
    });
  }
}
