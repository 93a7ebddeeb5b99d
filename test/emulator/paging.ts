import { badRequest } from './api-error.js';

/** Palette's v1ListMetaData: `continue` is '' at the end; `offset` is the NEXT start index (FACTS.md §1). */
export interface ListMeta {
  continue: string;
  count: number;
  limit: number;
  offset: number;
}

const MAX_LIMIT = 50;

/** The continue token is opaque to clients; it only encodes the next offset. */
const encodeToken = (offset: number): string => Buffer.from(`emu:${offset}`).toString('base64url');

function decodeToken(token: string): number {
  const m = /^emu:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  if (!m) throw badRequest('InvalidContinueToken', 'continue token is not valid');
  return Number(m[1]);
}

function intParam(q: URLSearchParams, name: string): number | undefined {
  const raw = q.get(name);
  if (raw === null || raw === '') return undefined;
  if (!/^\d+$/.test(raw)) throw badRequest('InvalidParameter', `${name} must be a non-negative integer`);
  return Number(raw);
}

/**
 * One page of `items`. `limit` defaults to 50; above 50 it is clamped where the spec only says so in prose
 * (packs), and rejected where the spec declares `maximum: 50` (dashboard/clusterprofiles), as a schema-
 * validating server would. `continue` wins over `offset` when both are sent.
 */
export function pageOf<T>(items: T[], q: URLSearchParams, rejectOverMax = false): { items: T[]; listmeta: ListMeta } {
  const asked = intParam(q, 'limit') ?? MAX_LIMIT;
  if (asked > MAX_LIMIT && rejectOverMax) throw badRequest('InvalidParameter', `limit must be <= ${MAX_LIMIT}`);
  const limit = asked === 0 ? MAX_LIMIT : Math.min(asked, MAX_LIMIT);
  const token = q.get('continue');
  const start = token ? decodeToken(token) : (intParam(q, 'offset') ?? 0);
  const page = items.slice(start, start + limit);
  const next = start + page.length;
  return {
    items: page,
    listmeta: { continue: next < items.length ? encodeToken(next) : '', count: items.length, limit: page.length, offset: next },
  };
}
