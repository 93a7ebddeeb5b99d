/**
 * The one error type of the Palette client: HTTP status, Palette's own `code`/`message` (v1Error body) and the
 * request path (never the query or headers, so no secret can ride along).
 */
export class PaletteError extends Error {
  readonly status?: number;
  readonly code?: string;
  readonly path: string;
  /** True when the same request may succeed later (429, 5xx, network, timeout). */
  readonly retryable: boolean;
  /** The server's Retry-After, in milliseconds, when it sent one. */
  readonly retryAfterMs?: number;

  constructor(o: {
    message: string;
    path: string;
    status?: number;
    code?: string;
    retryable: boolean;
    retryAfterMs?: number;
    cause?: unknown;
  }) {
    super(o.message, o.cause === undefined ? undefined : { cause: o.cause });
    this.name = 'PaletteError';
    this.status = o.status;
    this.code = o.code;
    this.path = o.path;
    this.retryable = o.retryable;
    this.retryAfterMs = o.retryAfterMs;
  }
}

/** HTTP statuses worth repeating an idempotent request for: rate limiting and server faults. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Build the error for a non-2xx answer from Palette's v1Error body (or the raw text when it is not JSON). */
export function errorFromResponse(
  method: string,
  path: string,
  status: number,
  body: string,
  retryAfter?: string,
): PaletteError {
  let code: string | undefined;
  let detail: string | undefined;
  try {
    const parsed = JSON.parse(body) as { code?: unknown; message?: unknown };
    if (typeof parsed.code === 'string') code = parsed.code;
    if (typeof parsed.message === 'string') detail = parsed.message;
  } catch {
    detail = body.trim().slice(0, 200) || undefined;
  }
  if (!code && status === 429) code = 'TooManyRequests';
  const what = [code, detail].filter(Boolean).join(': ');
  return new PaletteError({
    message: `Palette ${method} ${path} failed with HTTP ${status}${what ? ` (${what})` : ''}`,
    path,
    status,
    code,
    retryable: isRetryableStatus(status),
    retryAfterMs: parseRetryAfter(retryAfter),
  });
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
function parseRetryAfter(value: string | undefined): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
