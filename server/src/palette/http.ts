import { setTimeout as delay } from 'node:timers/promises';
import { request, type Dispatcher } from 'undici';
import { PaletteError, errorFromResponse } from './palette-error.js';
import { failureOf } from './transport-failure.js';

export type Query = Record<string, string | number | boolean | undefined>;

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /**
   * May the request be repeated after a 429, 5xx, reset, timeout or truncated body? Defaults to true for
   * GET/PUT/DELETE; read-only POSTs (search, validate, dashboard lists) opt in. Creates never do: a create
   * whose answer was lost may already exist, and a retry would make a duplicate.
   */
  idempotent?: boolean;
  /** Tenant-scoped calls (projects listing) omit the ProjectUid header. */
  tenantScope?: boolean;
  /** `text` for the export endpoint, which answers application/octet-stream. */
  accept?: 'json' | 'text';
}

export interface HttpOptions {
  base: URL;
  apiKey: string;
  projectUid?: string;
  dispatcher: Dispatcher;
  timeoutMs: number;
  /** Attempts after the first for idempotent requests. */
  retries: number;
  retryBaseMs: number;
  /** A Retry-After longer than this is not waited for; the 429 is surfaced instead. */
  maxRetryAfterMs: number;
  log: (line: string) => void;
}

/** Transport with auth headers, per-attempt timeout, retries for safe requests and one error type. */
export class PaletteHttp {
  constructor(private readonly o: HttpOptions) {}

  get projectUid(): string | undefined {
    return this.o.projectUid;
  }

  async request<T>(spec: RequestSpec): Promise<T> {
    const idempotent = spec.idempotent ?? (spec.method !== 'POST' && spec.method !== 'PATCH');
    for (let attempt = 0; ; attempt++) {
      try {
        return (await this.once(spec)) as T;
      } catch (e) {
        const err = e instanceof PaletteError ? e : failureOf(e, spec.path, this.o.base.host);
        if (!idempotent || !err.retryable || attempt >= this.o.retries || spec.signal?.aborted) throw err;
        const wait = err.retryAfterMs ?? this.o.retryBaseMs * 2 ** attempt * (0.75 + Math.random() / 2);
        if (wait > this.o.maxRetryAfterMs) throw err;
        this.o.log(`${spec.method} ${spec.path}: ${err.message}; retry ${attempt + 1} in ${Math.round(wait)} ms`);
        await delay(wait, undefined, { signal: spec.signal }).catch(() => {
          throw err;
        });
      }
    }
  }

  private url(spec: RequestSpec): URL {
    const url = new URL(spec.path, this.o.base);
    for (const [k, v] of Object.entries(spec.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    return url;
  }

  private headers(spec: RequestSpec): Record<string, string> {
    const h: Record<string, string> = { ApiKey: this.o.apiKey, Accept: 'application/json', 'User-Agent': 'palette-profiles' };
    if (this.o.projectUid && !spec.tenantScope) h.ProjectUid = this.o.projectUid;
    if (spec.body !== undefined) h['Content-Type'] = 'application/json';
    return h;
  }

  private async once(spec: RequestSpec): Promise<unknown> {
    const url = this.url(spec);
    const timeout = AbortSignal.timeout(this.o.timeoutMs);
    const signal = spec.signal ? AbortSignal.any([spec.signal, timeout]) : timeout;
    const started = Date.now();
    const show = `${spec.method} ${url.pathname}${url.search}`;
    try {
      const res = await request(url, {
        method: spec.method,
        headers: this.headers(spec),
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        dispatcher: this.o.dispatcher,
        signal,
      });
      const text = await res.body.text();
      this.o.log(`${show} → ${res.statusCode} (${Date.now() - started} ms)`);
      if (res.statusCode >= 300) {
        const retryAfter = res.headers['retry-after'];
        throw errorFromResponse(spec.method, spec.path, res.statusCode, text, typeof retryAfter === 'string' ? retryAfter : undefined);
      }
      if (spec.accept === 'text') return text;
      if (text.trim() === '') return undefined;
      return parseJson(text, spec);
    } catch (e) {
      if (e instanceof PaletteError) throw e;
      if (spec.signal?.aborted) throw failureOf(spec.signal.reason ?? e, spec.path, this.o.base.host, 'aborted');
      if (timeout.aborted) throw failureOf(e, spec.path, this.o.base.host, 'timeout', this.o.timeoutMs);
      this.o.log(`${show} → ${(e as Error).message} (${Date.now() - started} ms)`);
      throw failureOf(e, spec.path, this.o.base.host);
    }
  }
}

function parseJson(text: string, spec: RequestSpec): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    // A 2xx with a body that does not parse is a body cut short (proxy, reset mid-stream): worth a retry.
    throw new PaletteError({
      message: `Palette ${spec.method} ${spec.path} returned an incomplete or invalid JSON body`,
      path: spec.path,
      code: 'InvalidResponse',
      retryable: true,
      cause: e,
    });
  }
}
