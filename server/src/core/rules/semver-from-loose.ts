/**
 * The strict semver a loosely written version most likely meant: `1.0` → `1.0.0`, `v1.2.3` → `1.2.3`,
 * `01.2.3` → `1.2.3`. Undefined when the intent is unclear (`b0.0.1`, `latest`), so no fix guesses.
 */
export function semverFromLoose(value: string): string | undefined {
  const m = /^\s*[vV]?(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?\s*$/.exec(value);
  if (m === null) return undefined;
  const parts = [m[1], m[2] ?? '0', m[3] ?? '0'].map((p) => String(Number.parseInt(p, 10)));
  return `${parts.join('.')}${m[4] ?? ''}`;
}
