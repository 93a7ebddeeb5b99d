/**
 * A profile file (export form, create form, YAML or JSON) read into the neutral shape the publish and clone
 * plans work on. Registries are kept both by name (export form) and by uid (create form); which one counts is
 * the plan's decision, because uids mean nothing in another tenant.
 */
import type { ProfileDocument } from '../core/model.js';

export interface PackInput {
  /** As written, alias included (`alias--name`). */
  name: string;
  type?: string;
  layer?: string;
  tag?: string;
  version?: string;
  registryName?: string;
  registryUid?: string;
  /** The values text, when the file has any. */
  values?: string;
  manifests: { name: string; content: string }[];
}

export interface ProfileInput {
  name: string;
  description?: string;
  labels: Record<string, string>;
  version: string;
  type: string;
  cloudType: string;
  packs: PackInput[];
  /** v1Variable objects, passed through. */
  variables: Record<string, unknown>[];
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function packOf(raw: unknown): PackInput | undefined {
  const p = obj(raw);
  const name = str(p.name);
  if (!name) return undefined;
  const registry = obj(obj(p.registry).metadata);
  return {
    name,
    type: str(p.type),
    layer: str(p.layer),
    tag: str(p.tag),
    version: str(p.version),
    registryName: str(registry.name),
    registryUid: str(p.registryUid) ?? str(registry.uid),
    values: str(p.values),
    manifests: list(p.manifests).flatMap((m) => {
      const o = obj(m);
      const n = str(o.name);
      return n ? [{ name: n, content: str(o.content) ?? '' }] : [];
    }),
  };
}

function labelsOf(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(obj(v))) if (typeof x === 'string') out[k] = x;
  return out;
}

/** The profile's JSON as Palette's export/create forms spell it (Palette's own field names, FACTS §2.4/§2.7). */
export function profileInputOfJson(json: unknown): ProfileInput {
  const root = obj(json);
  const metadata = obj(root.metadata);
  const spec = obj(root.spec);
  const template = obj(spec.template);
  const annotations = obj(metadata.annotations);
  return {
    name: str(metadata.name) ?? '',
    description: str(metadata.description) ?? str(annotations.description),
    labels: labelsOf(metadata.labels),
    version: str(spec.version) ?? '1.0.0',
    type: str(template.type) ?? 'cluster',
    cloudType: str(template.cloudType) ?? 'all',
    packs: list(template.packs).flatMap((p) => packOf(p) ?? []),
    variables: list(spec.variables).filter((v): v is Record<string, unknown> => typeof obj(v).name === 'string'),
  };
}

/** The parsed document as input. Only meaningful when it has no syntax errors (local validation says so first). */
export function profileInput(profile: ProfileDocument): ProfileInput {
  return profileInputOfJson(profile.ast.toJS({ maxAliasCount: 100 }));
}
