/**
 * The BYOOS (`edge-native-byoi`) provider image: where `options.system.uri` stands and what it resolves to.
 * Template pieces are resolved the way Palette does at deploy time (FACTS.md §6–7): pack references read the
 * referenced pack's values (longest-key match, option keys contain dots), `.spectro.system.kubernetes.version`
 * is the k8s layer's version. Each piece remembers its outer offsets when its characters are verbatim in the
 * file, so a finding can point at the exact characters that are wrong.
 */
import { isScalar } from 'yaml';
import type { CatalogSnapshot } from './catalog.js';
import type { EmbeddedYaml, PackEntry, ProfileDocument, Range } from './model.js';
import { scanMacros, splitPackPath } from './macros.js';
import { parseCanvosTag, splitImageRef } from './canvos-tag.js';
import type { CanvosTag } from './canvos-tag.js';
import { resolveDottedPath } from './dotted-path.js';
import { scalarContentRange } from './scalar-range.js';
import { baseName, k8sLayer, k8sVersion } from './k8s-layer.js';
import { packByMacroName } from './pack-lookup.js';

export interface ImagePiece {
  /** [start, end) in the resolved text. */
  start: number;
  end: number;
  from: 'literal' | 'pack-value' | 'kubernetes-version';
  /** Outer range of these characters when they appear verbatim in the file. */
  outer?: Range;
  /** For `pack-value`: the dotted path read (e.g. `options.system.k8sDistribution`). */
  path?: string;
  /** For resolved macros: outer range of the `{{ … }}` text in the uri. */
  macroRange?: Range;
}

export interface ProviderImage {
  pack: PackEntry;
  values: EmbeddedYaml;
  /** The raw `system.uri` value. */
  uri: string;
  /** Outer range of the uri value's content (falls back to the whole node when not verbatim). */
  uriRange: Range;
  templated: boolean;
  /** The resolved reference, or undefined when some piece cannot be known without deploying. */
  resolved?: { text: string; pieces: ImagePiece[] };
}

const byoosPacks = new Set(['edge-native-byoi']);

/** Agent mode needs no provider image: `system.uri` "NA"/empty, or the "Agent Mode" preset enabled. */
function isAgentMode(uri: string, values: EmbeddedYaml): boolean {
  if (uri.trim() === '' || uri.trim().toUpperCase() === 'NA') return true;
  const marker = /^#\s*spectrocloud\.com\/enabled-presets:(.*)$/m.exec(values.text);
  return marker !== null && /agent/i.test(marker[1] ?? '');
}

function outerOf(values: EmbeddedYaml, span: [number, number] | undefined): Range | undefined {
  return span ? [values.toOuter(span[0]), values.toOuter(span[1])] : undefined;
}

interface Resolution {
  text: string;
  from: ImagePiece['from'];
  outer?: Range;
  path?: string;
}

function resolveMacro(expr: { kind: string; path: string }, profile: ProfileDocument, catalog: CatalogSnapshot): Resolution | undefined {
  if (expr.kind === 'system' && expr.path === 'kubernetes.version') {
    const layer = k8sLayer(profile);
    const version = layer && k8sVersion(layer, catalog);
    return version ? { text: version, from: 'kubernetes-version' } : undefined;
  }
  if (expr.kind !== 'pack') return undefined;
  const { pack: packName, valuesPath } = splitPackPath(expr.path);
  const target = packByMacroName(profile, packName);
  if (!target?.values) return undefined;
  const hit = resolveDottedPath(target.values.doc.contents, valuesPath);
  // Palette resolves a missing or empty key to the empty string (FACTS.md §7).
  if (!hit || hit.node === null || (isScalar(hit.node) && hit.node.value === null)) return { text: '', from: 'pack-value', path: valuesPath };
  if (!isScalar(hit.node)) return undefined;
  const text = String(hit.node.value);
  if (text.includes('{{')) return undefined;
  const outer = outerOf(target.values, scalarContentRange(hit.node, target.values.text));
  return { text, from: 'pack-value', outer, path: valuesPath };
}

function resolveUri(uri: string, contentStart: number | undefined, image: Omit<ProviderImage, 'resolved'>, profile: ProfileDocument, catalog: CatalogSnapshot) {
  const pieces: ImagePiece[] = [];
  let text = '';
  let cursor = 0;
  const literal = (from: number, to: number) => {
    if (to <= from) return;
    const outer = contentStart === undefined ? undefined : outerOf(image.values, [contentStart + from, contentStart + to]);
    pieces.push({ start: text.length, end: text.length + to - from, from: 'literal', outer });
    text += uri.slice(from, to);
  };
  for (const ref of scanMacros(uri)) {
    literal(cursor, ref.start);
    const value = resolveMacro(ref, profile, catalog);
    if (!value) return undefined;
    const macroRange = contentStart === undefined ? undefined : outerOf(image.values, [contentStart + ref.start, contentStart + ref.end]);
    pieces.push({ start: text.length, end: text.length + value.text.length, from: value.from, outer: value.outer, path: value.path, macroRange });
    text += value.text;
    cursor = ref.end;
  }
  literal(cursor, uri.length);
  return { text, pieces };
}

/** The profile's BYOOS provider image in appliance mode, or undefined (no BYOOS pack, no uri, agent mode). */
export function findProviderImage(profile: ProfileDocument, catalog: CatalogSnapshot): ProviderImage | undefined {
  const pack = profile.packs.find((p) => p.name !== undefined && byoosPacks.has(baseName(p.name.value)));
  const values = pack?.values;
  if (!pack || !values) return undefined;
  const hit = resolveDottedPath(values.doc.contents, 'options.system.uri');
  if (!hit || !isScalar(hit.node) || typeof hit.node.value !== 'string') return undefined;
  const uri = hit.node.value;
  if (isAgentMode(uri, values)) return undefined;
  const content = scalarContentRange(hit.node, values.text);
  const nodeSpan = hit.node.range ? ([hit.node.range[0], hit.node.range[1]] as [number, number]) : undefined;
  const uriRange = outerOf(values, content ?? nodeSpan) ?? values.contentRange;
  const base = { pack, values, uri, uriRange, templated: uri.includes('{{') };
  return { ...base, resolved: resolveUri(uri, content?.[0], base, profile, catalog) };
}

/** Outer range of resolved characters [start, end) when they all come from one verbatim piece. */
export function outerSpan(image: ProviderImage, start: number, end: number): Range | undefined {
  const piece = image.resolved?.pieces.find((p) => p.start <= start && end <= p.end);
  if (!piece?.outer) return undefined;
  const [outerStart, outerEnd] = piece.outer;
  // Verbatim pieces map 1:1 only when their outer length equals their text length (no escapes inside).
  if (outerEnd - outerStart !== piece.end - piece.start) return undefined;
  return [outerStart + start - piece.start, outerStart + end - piece.start];
}

/** The piece holding resolved offset `at`. */
export function pieceAt(image: ProviderImage, at: number): ImagePiece | undefined {
  return image.resolved?.pieces.find((p) => p.start <= at && at < p.end);
}

export interface ImageTag {
  /** The tag text after `:`; undefined when the reference has no tag. */
  text?: string;
  /** Offset of the tag in the resolved reference. */
  start: number;
  /** The CanvOS parts, or undefined when the tag does not follow the CanvOS scheme. */
  parts?: CanvosTag;
}

/** The resolved image's tag, split into CanvOS parts when possible; undefined when the uri is unresolvable. */
export function imageTag(image: ProviderImage): ImageTag | undefined {
  if (!image.resolved) return undefined;
  const ref = splitImageRef(image.resolved.text);
  return { text: ref.tag, start: ref.tagStart, parts: ref.tag === undefined ? undefined : parseCanvosTag(ref.tag) };
}
