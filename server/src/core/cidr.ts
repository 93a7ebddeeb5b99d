/** IPv4 / IPv6 CIDR parsing and overlap, on bigints so both families share one code path. */

export interface Cidr {
  family: 4 | 6;
  /** Address as written (host bits included). */
  address: bigint;
  prefix: number;
}

export type CidrParse = { ok: true; cidr: Cidr } | { ok: false; reason: string };

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    // Leading zeros are rejected: Go's net.ParseCIDR (used by Kubernetes) refuses them as ambiguous octal.
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseGroups(text: string): bigint[] | undefined {
  if (text === '') return [];
  const groups = text.split(':');
  if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return groups.map((g) => BigInt(`0x${g}`));
}

function parseIpv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = parseGroups(halves[0] ?? '');
  const tail = halves.length === 2 ? parseGroups(halves[1] ?? '') : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...Array<bigint>(missing).fill(0n), ...tail];
  return groups.reduce((acc, g) => (acc << 16n) | g, 0n);
}

export function familyBits(family: 4 | 6): number {
  return family === 4 ? 32 : 128;
}

/** Parses `a.b.c.d/n` or `x:y::z/n`; a missing prefix is an error (Kubernetes CIDR flags require one). */
export function parseCidr(text: string): CidrParse {
  const slash = text.indexOf('/');
  if (slash < 0) return { ok: false, reason: 'missing /prefix' };
  const host = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  const family: 4 | 6 = host.includes(':') ? 6 : 4;
  const address = family === 4 ? parseIpv4(host) : parseIpv6(host);
  if (address === undefined) return { ok: false, reason: `'${host}' is not an IPv${family} address` };
  const prefix = Number(prefixText);
  if (!/^\d{1,3}$/.test(prefixText) || prefix > familyBits(family)) {
    return { ok: false, reason: `prefix '/${prefixText}' is out of range for IPv${family}` };
  }
  return { ok: true, cidr: { family, address, prefix } };
}

/** The network address (host bits cleared). */
export function networkOf(cidr: Cidr): bigint {
  const hostBits = BigInt(familyBits(cidr.family) - cidr.prefix);
  return (cidr.address >> hostBits) << hostBits;
}

export function hasHostBits(cidr: Cidr): boolean {
  return networkOf(cidr) !== cidr.address;
}

/** Two ranges overlap when the shorter prefix's network contains the other's start. */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  if (a.family !== b.family) return false;
  const shift = BigInt(familyBits(a.family) - Math.min(a.prefix, b.prefix));
  return a.address >> shift === b.address >> shift;
}

function formatIpv6(value: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(16 * (7 - i))) & 0xffffn));
  // Compress the longest run of ≥ 2 zero groups, as RFC 5952 asks.
  let best = { at: -1, len: 1 };
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.len) best = { at: i, len: j - i };
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.at < 0) return hex.join(':');
  return `${hex.slice(0, best.at).join(':')}::${hex.slice(best.at + best.len).join(':')}`;
}

/** Canonical text of a CIDR's network (`192.168.0.0/16`). */
export function formatNetwork(cidr: Cidr): string {
  const net = networkOf(cidr);
  const host =
    cidr.family === 4
      ? [24n, 16n, 8n, 0n].map((s) => String((net >> s) & 0xffn)).join('.')
      : formatIpv6(net);
  return `${host}/${cidr.prefix}`;
}

export interface CidrItem {
  text: string;
  /** [start, end) inside the list text. */
  start: number;
  end: number;
}

/** Splits a dual-stack list (`10.42.0.0/16,2001:cafe:42::/56`) keeping each entry's offsets, spaces trimmed. */
export function splitCidrList(text: string): CidrItem[] {
  const items: CidrItem[] = [];
  let offset = 0;
  for (const raw of text.split(',')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    items.push({ text: trimmed, start: offset + lead, end: offset + lead + trimmed.length });
    offset += raw.length + 1;
  }
  return items;
}
