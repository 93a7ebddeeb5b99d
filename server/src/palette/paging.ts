import { mapWithLimit } from './bounded-map.js';

/** Palette's v1ListMetaData: `continue` "" ends the set; `offset` is the NEXT start index; `count` may drift. */
export interface ListMeta {
  continue?: string;
  count?: number;
  limit?: number;
  offset?: number;
}
export interface Page<T> {
  items?: T[] | null;
  listmeta?: ListMeta;
}
export interface PageQuery {
  limit: number;
  offset?: number;
  continue?: string;
}
export interface PagingOptions<T> {
  /** Identity of an item, to drop duplicates when pages shift under us. */
  keyOf: (item: T) => string;
  /** Palette's maximum and default page size is 50 (FACTS §1). */
  pageSize?: number;
  concurrency?: number;
}

/** Safety stop against a server that keeps handing out continue tokens. */
const maxPages = 2000;

/**
 * Every item of a paged list. The first page tells the total (`listmeta.count`); the remaining pages are then
 * requested by offset with bounded parallelism. If the server ignores offsets (a later page repeats the first
 * page's items) or the total grew meanwhile, the rest is fetched by chaining `continue` tokens.
 */
export async function fetchAllPages<T>(fetchPage: (q: PageQuery) => Promise<Page<T>>, o: PagingOptions<T>): Promise<T[]> {
  const limit = Math.min(o.pageSize ?? 50, 50);
  const first = await fetchPage({ limit });
  const all = new Map<string, T>();
  const add = (items: T[] | null | undefined): void => {
    for (const it of items ?? []) if (!all.has(o.keyOf(it))) all.set(o.keyOf(it), it);
  };
  add(first.items);
  let token = first.listmeta?.continue ?? '';
  if (token === '') return [...all.values()];

  const firstCount = first.items?.length ?? 0;
  const total = first.listmeta?.count ?? 0;
  if (firstCount > 0 && total > firstCount) {
    const offsets: number[] = [];
    for (let at = firstCount; at < total; at += limit) offsets.push(at);
    const firstKeys = new Set(all.keys());
    const pages = await mapWithLimit(offsets, o.concurrency ?? 6, (offset) => fetchPage({ limit, offset }));
    const honoured = pages.every((p) => !(p.items ?? []).some((it) => firstKeys.has(o.keyOf(it))));
    if (honoured) {
      pages.forEach((p) => add(p.items));
      const last = pages[pages.length - 1];
      token = last?.listmeta?.continue ?? '';
      if (token === '' || all.size >= total) return [...all.values()];
      // The set grew while paging: continue from the last page's token.
    } else {
      token = first.listmeta?.continue ?? '';
    }
  }
  const seenTokens = new Set<string>();
  for (let n = 0; token !== '' && !seenTokens.has(token) && n < maxPages; n++) {
    seenTokens.add(token);
    const page = await fetchPage({ limit, continue: token });
    add(page.items);
    token = page.listmeta?.continue ?? '';
  }
  return [...all.values()];
}
