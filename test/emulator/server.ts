import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './api-error.js';
import type { FaultBook } from './faults.js';
import type { FaultRule, LoggedRequest } from './index.js';
import type { PackContent } from './pack-content.js';
import type { Reply, Route, TenantState } from './route-types.js';
import { findRoute } from './router.js';

export interface ServerDeps {
  routes: Route[];
  tenants: TenantState[];
  content: PackContent;
  faults: FaultBook;
  log: LoggedRequest[];
}

const MAX_BODY = 16 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new ApiError(413, 'RequestTooLarge', 'request body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** Unref'd: a delayed answer to a client that gave up must not keep a test process alive. */
const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref());

/** Builds the node:http request listener. Nothing a client or a fault does may throw out of it. */
export function createHandler(deps: ServerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(deps, req, res).catch(() => {
      if (!res.headersSent) send(res, { status: 500, json: { code: 'InternalError', message: 'emulator error' } });
      else res.destroy();
    });
  };
}

async function handle(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://emulator');
  const method = (req.method ?? 'GET').toUpperCase();
  const entry: LoggedRequest = {
    method, path: url.pathname, query: url.search.slice(1), headers: flatHeaders(req), status: 0, at: Date.now(),
  };
  deps.log.push(entry);
  const text = await readBody(req);
  if (text) entry.body = text;
  const decision = deps.faults.decide(method, url.pathname);
  if (decision.latencyMs > 0) await delay(decision.latencyMs);
  const action = decision.action;
  if (action?.kind === 'reset') return void req.socket.destroy();
  if (action?.kind === 'hang') return; // stop() closes the socket
  const reply = action?.kind === 'status' ? faultReply(action) : await answer(deps, method, url, text, req, entry);
  entry.status = reply.status;
  if (action?.kind === 'truncate') return sendTruncated(res, reply);
  send(res, reply);
}

function faultReply(rule: FaultRule): Reply {
  const status = rule.status ?? 500;
  const headers: Record<string, string> = {};
  if (status === 429 || rule.retryAfter !== undefined) headers['Retry-After'] = String(rule.retryAfter ?? 1);
  const code = status === 429 ? 'TooManyRequests' : status >= 500 ? 'InternalError' : 'InjectedFault';
  return { status, headers, json: { code, message: `injected fault: HTTP ${status}` } };
}

async function answer(deps: ServerDeps, method: string, url: URL, text: string, req: IncomingMessage,
  entry: LoggedRequest): Promise<Reply> {
  try {
    const key = req.headers.apikey;
    const state = deps.tenants.find((t) => t.tenant.apiKey === key);
    if (!state) throw new ApiError(401, 'Unauthorized', 'missing or invalid ApiKey header');
    entry.tenant = state.tenant.name;
    const projectUid = typeof req.headers.projectuid === 'string' && req.headers.projectuid ? req.headers.projectuid : undefined;
    entry.projectUid = projectUid;
    if (projectUid && !state.tenant.projects.some((p) => p.uid === projectUid)) {
      throw new ApiError(403, 'Forbidden', 'project is not accessible with this key');
    }
    const match = findRoute(deps.routes, method, url.pathname);
    if (match === undefined) throw new ApiError(404, 'ResourceNotFound', `no route for ${url.pathname}`);
    if (match === 'wrong-method') throw new ApiError(405, 'MethodNotAllowed', `${method} not allowed`);
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      throw new ApiError(400, 'InvalidRequestBody', 'request body is not valid JSON');
    }
    return await match.route.handle({
      state, content: deps.content, projectUid, params: match.params, query: url.searchParams, body,
    });
  } catch (e) {
    if (e instanceof ApiError) return { status: e.status, json: e.body() };
    return { status: 500, json: { code: 'InternalError', message: e instanceof Error ? e.message : 'emulator error' } };
  }
}

function encode(reply: Reply): { bytes: Buffer; type: string } {
  if (reply.json !== undefined) return { bytes: Buffer.from(JSON.stringify(reply.json)), type: 'application/json' };
  return { bytes: Buffer.from(reply.text ?? ''), type: 'application/octet-stream' };
}

function send(res: ServerResponse, reply: Reply): void {
  if (reply.status === 204) {
    res.writeHead(204, reply.headers);
    return void res.end();
  }
  const { bytes, type } = encode(reply);
  res.writeHead(reply.status, { 'Content-Type': type, 'Content-Length': bytes.length, ...reply.headers });
  res.end(bytes);
}

/** Announces the full length, sends half, then drops the connection: what a cut proxy does. */
function sendTruncated(res: ServerResponse, reply: Reply): void {
  const { bytes, type } = encode(reply);
  res.writeHead(reply.status, { 'Content-Type': type, 'Content-Length': bytes.length, ...reply.headers });
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.destroy());
}
