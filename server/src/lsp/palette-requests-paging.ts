/**
 * Page tokens for lists the server holds whole (a registry's pack index, the project's profiles): the client
 * sees them page by page, so a tree shows the first 50 at once and asks for more on demand.
 */
import type { Paged } from '../protocol.js';

export const pageSize = 50;

/** The page starting at the token's offset (the first page without one); the token of the next, if any. */
export function pageOf<T>(all: T[], pageToken?: string): Paged<T> {
  const start = offsetOf(pageToken);
  const items = all.slice(start, start + pageSize);
  const next = start + pageSize;
  return next < all.length ? { items, nextPageToken: String(next) } : { items };
}

/** A malformed token starts over rather than fail: the tree then shows the first page again. */
function offsetOf(pageToken: string | undefined): number {
  return pageToken && /^\d+$/.test(pageToken) ? Number(pageToken) : 0;
}
