import { readFileSync } from 'node:fs';
import { Agent, EnvHttpProxyAgent, ProxyAgent, type Dispatcher } from 'undici';
import { isLoopback } from './base-url.js';

export interface DispatcherOptions {
  target: URL;
  caFile?: string;
  /** Explicit proxy URL (VS Code's `http.proxy`); otherwise HTTPS_PROXY / HTTP_PROXY / NO_PROXY from env. */
  proxy?: string;
  insecure?: boolean;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
}

/** NO_PROXY semantics as curl has them: comma list of hosts or domain suffixes, `*` for all. */
function bypassesProxy(hostname: string, noProxy: string | undefined): boolean {
  if (isLoopback(hostname)) return true;
  for (const raw of (noProxy ?? '').split(/[,\s]+/)) {
    const entry = raw.trim().toLowerCase().replace(/:\d+$/, '');
    if (!entry) continue;
    if (entry === '*') return true;
    const suffix = entry.replace(/^\*?\.?/, '');
    if (hostname === suffix || hostname.endsWith(`.${suffix}`)) return true;
  }
  return false;
}

/**
 * One undici dispatcher per client: keep-alive pool per origin, the extra CA appended to Node's roots, the
 * proxy chosen once. Loopback never goes through a proxy (the emulator and local tunnels).
 */
export function createDispatcher(o: DispatcherOptions): Dispatcher {
  const env = o.env ?? process.env;
  const ca = o.caFile ? readFileSync(o.caFile, 'utf8') : undefined;
  const tls = { ...(ca ? { ca } : {}), ...(o.insecure ? { rejectUnauthorized: false } : {}) };
  const timeouts = { headersTimeout: o.timeoutMs, bodyTimeout: o.timeoutMs, connectTimeout: o.timeoutMs };
  const noProxy = env.NO_PROXY ?? env.no_proxy;
  const hostname = o.target.hostname.toLowerCase();
  if (o.proxy && !bypassesProxy(hostname, noProxy)) {
    return new ProxyAgent({ uri: o.proxy, requestTls: tls, ...timeouts, connections: 8 });
  }
  const envProxy = env.HTTPS_PROXY ?? env.https_proxy ?? env.HTTP_PROXY ?? env.http_proxy;
  if (!o.proxy && envProxy && !bypassesProxy(hostname, noProxy)) {
    return new EnvHttpProxyAgent({
      httpProxy: env.HTTP_PROXY ?? env.http_proxy,
      httpsProxy: env.HTTPS_PROXY ?? env.https_proxy,
      noProxy,
      requestTls: tls,
      ...timeouts,
    });
  }
  return new Agent({ connect: { ...tls, timeout: o.timeoutMs }, headersTimeout: o.timeoutMs, bodyTimeout: o.timeoutMs, connections: 8 });
}
