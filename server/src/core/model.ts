/**
 * The parsed profile: what every rule, completion and hover reads.
 *
 * All offsets are UTF-16 code-unit offsets into the OUTER document text (what LSP positions count).
 * Embedded values keep their own inner AST (inner offsets) plus a map to outer offsets; the parser maps
 * once, so no rule does line arithmetic.
 */
import type { Document, Node as YamlNode } from 'yaml';

/** [start, end) in outer-document offsets. */
export type Range = readonly [start: number, end: number];

export type SyntaxCode = 'yaml-syntax' | 'values-syntax';

export interface SyntaxProblem {
  code: SyntaxCode;
  message: string;
  range: Range;
}

/** A scalar field of the profile with where its value and key stand in the outer text. */
export interface Field<T = string> {
  value: T;
  /** Range of the value node (including quotes). */
  range: Range;
  /** Range of the key, when the field is a mapping entry. */
  keyRange?: Range;
}

/**
 * A YAML document held inside a string (a pack's `values`, or `cluster.config` inside those values).
 * `doc` ranges are inner offsets; use `toOuter` to report them.
 */
export interface EmbeddedYaml {
  /** Decoded text of the string (what Palette sees). */
  text: string;
  /** Range of the whole string node in the outer document (quotes / block header included). */
  outerRange: Range;
  /** Range of the string's content in the outer document. */
  contentRange: Range;
  /** How the string is written: block literal/folded, quoted, or plain. */
  style: 'block-literal' | 'block-folded' | 'quote-double' | 'quote-single' | 'plain';
  /** Inner AST; never null (an empty document for empty text). */
  doc: Document.Parsed;
  /** Parse problems, already mapped to outer ranges (code `values-syntax`). */
  errors: SyntaxProblem[];
  /** Maps an inner offset (0..text.length) to an outer offset. Monotonic. */
  toOuter(inner: number): number;
  /** Maps an outer offset to an inner one, or undefined when outside the content. */
  toInner(outer: number): number | undefined;
  /** YAML strings one level deeper (edge-k3s / edge-k8s `cluster.config`), keyed by dotted path. */
  nested: Map<string, EmbeddedYaml>;
}

export interface PackEntry {
  index: number;
  /** Range of the whole pack item in the outer text. */
  range: Range;
  name?: Field;
  type?: Field;
  layer?: Field;
  tag?: Field;
  version?: Field;
  /** Pack uid (create form `uid`, or GET form `packUid`). */
  uid?: Field;
  /** `registryUid` (create form) or `registry.metadata.uid` (export form). */
  registryUid?: Field;
  /** `registry.metadata.name` (export form). */
  registryName?: Field;
  /** Key range of `values`, when present. */
  valuesKey?: Range;
  values?: EmbeddedYaml;
  /** The pack's YAML map node in the outer AST. */
  node: YamlNode;
}

export interface VariableDef {
  name?: Field;
  format?: Field;
  range: Range;
  isSensitive?: boolean;
}

export interface ProfileDocument {
  uri: string;
  text: string;
  format: 'yaml' | 'json';
  /** export: registry.metadata; create: registryUid/uid; mixed or none: unknown. */
  form: 'export' | 'create' | 'unknown';
  /** The document has a top-level spec.template.packs (or would, when half-typed). */
  isProfile: boolean;
  /** Outer syntax problems (code `yaml-syntax`). Values problems live on each pack's `values.errors`. */
  syntaxErrors: SyntaxProblem[];
  /** Outer AST (outer offsets). */
  ast: Document.Parsed;
  metadata: { name?: Field; description?: Field; range?: Range; keyRange?: Range };
  spec: { range?: Range; keyRange?: Range };
  /** spec.version */
  version?: Field;
  template: {
    range?: Range;
    keyRange?: Range;
    type?: Field;
    cloudType?: Field;
    packsRange?: Range;
    packsKeyRange?: Range;
  };
  packs: PackEntry[];
  variables: VariableDef[];
  variablesKeyRange?: Range;
}
