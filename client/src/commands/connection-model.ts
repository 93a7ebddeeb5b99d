/**
 * Named Palette connections as settings hold them, without VS Code: parsing the setting, host rules (https only,
 * except loopback) and where a connection's API key lives in SecretStorage.
 */

/** One entry of the `palette.connections` setting (never holds a key). */
export interface StoredConnection {
  name: string;
  /** Canonical origin: `https://host[:port]`, or `http://127.0.0.1:port` for a local emulator. */
  host: string;
  projectName?: string;
  projectUid?: string;
  /** Tenant (organisation) name, learnt from Test connection; named in write confirmations. */
  tenant?: string;
  caFile?: string;
  insecure?: boolean;
}

const loopback = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * A host as typed (bare name or URL) → canonical origin. Throws with a sentence for the user on anything else:
 * plain http would send the key in clear text, so it is refused except for this machine.
 */
export function canonicalHost(input: string): string {
  const text = input.trim().replace(/\/+$/, '');
  if (!text) throw new Error('Enter a host name, e.g. api.spectrocloud.com');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new Error(`"${input}" is not a host name or URL`);
  }
  if (url.protocol === 'http:' && !loopback.test(url.hostname)) throw new Error(`${url.host} must use https (plain http only for localhost)`);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`Use an https URL, not ${url.protocol}`);
  if (url.username || url.password) throw new Error('Do not put credentials in the host; the API key is asked for separately');
  return url.origin;
}

/** The SecretStorage key of a connection's API key: name and host, so a changed host never reuses the old key. */
export function secretKeyFor(c: Pick<StoredConnection, 'name' | 'host'>): string {
  return `palette.apiKey/${c.name}@${c.host}`;
}

/** The setting's value as connections; malformed entries are dropped (a hand edit must not break activation). */
export function readConnections(raw: unknown): StoredConnection[] {
  if (!Array.isArray(raw)) return [];
  const out: StoredConnection[] = [];
  for (const item of raw) {
    if (!item || typeof item !== 'object') continue;
    const r = item as Record<string, unknown>;
    if (typeof r.name !== 'string' || typeof r.host !== 'string' || !r.name) continue;
    let host: string;
    try {
      host = canonicalHost(r.host);
    } catch {
      continue;
    }
    const text = (k: string) => (typeof r[k] === 'string' && r[k] ? (r[k] as string) : undefined);
    out.push({ name: r.name, host, projectName: text('projectName'), projectUid: text('projectUid'), tenant: text('tenant'), caFile: text('caFile'), insecure: r.insecure === true ? true : undefined });
  }
  return out;
}

/** Adds or replaces (by name) a connection, keeping the others' order. */
export function withConnection(list: StoredConnection[], c: StoredConnection): StoredConnection[] {
  const at = list.findIndex((x) => x.name === c.name);
  return at < 0 ? [...list, c] : list.map((x, i) => (i === at ? c : x));
}

/** A sentence for an invalid connection name, or undefined when it is fine. */
export function nameProblem(name: string): string | undefined {
  if (!name.trim()) return 'Enter a name, e.g. "acme-prod"';
  if (name.length > 64) return 'Keep the name under 64 characters';
  return undefined;
}

/** The text of the status bar item: connection · project · catalog age or offline. */
export function statusText(o: { connection?: string; project?: string; offline?: boolean; ageMs?: number; loading?: boolean }): string {
  if (!o.connection) return '$(cloud) Palette: signed out';
  const parts = [o.connection, o.project || 'tenant'];
  if (o.offline) parts.push('offline');
  else if (o.loading) parts.push('catalog loading');
  else if (o.ageMs !== undefined) parts.push(`catalog ${ageText(o.ageMs)}`);
  return `$(${o.offline ? 'debug-disconnect' : 'cloud'}) ${parts.join(' · ')}`;
}

function ageText(ms: number): string {
  const min = Math.floor(ms / 60_000);
  if (min < 1) return 'just now';
  if (min < 120) return `${min} min old`;
  const hours = Math.floor(min / 60);
  return hours < 48 ? `${hours} h old` : `${Math.floor(hours / 24)} d old`;
}
