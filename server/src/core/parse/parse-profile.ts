/**
 * Parses a profile file (Palette's export form or the create-entity form, YAML or JSON) into the model of
 * model.ts. Never throws: broken text gives syntax problems and as much of the model as can be read.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { skipsValues } from '../document-size.js';
import type { PackEntry, ProfileDocument, VariableDef } from '../model.js';
import { addDuplicateKeyErrors, linearKeysOptions } from './duplicate-keys.js';
import { placeEmbedded } from './embedded-yaml.js';
import { fastParseDocument } from './fast-yaml.js';
import { rememberCore, valuesCore, type ValuesReuse } from './values-reuse.js';
import { fieldAt, keyRange, mapAt, nodeRange, pairOf, seqAt } from './yaml-fields.js';

/** `reuse`: values parses of the previous text of the same document (values-reuse.ts). */
export function parseProfile(text: string, uri = '', reuse?: ValuesReuse): ProfileDocument {
  // The fast parser builds yaml's own nodes for block YAML (50k lines: ~20 ms instead of ~90); JSON, flow
  // style and anything it is unsure of go to yaml.
  const ast = fastParseDocument(text, outerParseOptions) ?? (parseDocument(text, outerParseOptions) as Document.Parsed);
  addDuplicateKeyErrors(ast);
  return profileFromAst(text, uri, ast, reuse);
}

export const outerParseOptions = { prettyErrors: false, ...linearKeysOptions, keepSourceTokens: false } as const;

/** The model of an outer AST of `text` (a fresh parse, or an incremental one: incremental.ts). */
export function profileFromAst(text: string, uri: string, ast: Document.Parsed, reuse?: ValuesReuse): ProfileDocument {
  const format = /^\s*[{[]/.test(text) ? 'json' : 'yaml';
  const root = ast.contents;
  const metadata = mapAt(root, 'metadata');
  const spec = mapAt(root, 'spec');
  const template = mapAt(spec, 'template');
  const packsSeq = seqAt(template, 'packs');
  const withValues = !skipsValues(text);
  const packs = packsSeq ? packsSeq.items.map((item, index) => readPack(item as YamlNode, index, text, withValues, reuse)) : [];
  const variablesPair = pairOf(spec, 'variables');
  return {
    uri,
    text,
    format,
    form: formOf(packs),
    isProfile: pairOf(template, 'packs') !== undefined,
    syntaxErrors: ast.errors.map((e) => ({
      code: 'yaml-syntax' as const,
      message: firstLine(e.message),
      range: [Math.min(e.pos[0], text.length), Math.min(Math.max(e.pos[0], e.pos[1]), text.length)] as const,
    })),
    ast,
    metadata: {
      name: fieldAt(metadata, 'name', text),
      description: fieldAt(metadata, 'description', text),
      range: nodeRange(metadata),
      keyRange: keyRange(pairOf(root, 'metadata')),
    },
    spec: { range: nodeRange(spec), keyRange: keyRange(pairOf(root, 'spec')) },
    version: fieldAt(spec, 'version', text),
    template: {
      range: nodeRange(template),
      keyRange: keyRange(pairOf(spec, 'template')),
      type: fieldAt(template, 'type', text),
      cloudType: fieldAt(template, 'cloudType', text),
      packsRange: nodeRange(packsSeq),
      packsKeyRange: keyRange(pairOf(template, 'packs')),
    },
    packs,
    variables: readVariables(variablesPair?.value, text),
    variablesKeyRange: keyRange(variablesPair),
  };
}

function readPack(node: YamlNode, index: number, text: string, withValues: boolean, reuse?: ValuesReuse): PackEntry {
  const registryMeta = mapAt(mapAt(node, 'registry'), 'metadata');
  const pack: PackEntry = {
    index,
    range: nodeRange(node) ?? [0, 0],
    name: fieldAt(node, 'name', text),
    type: fieldAt(node, 'type', text),
    layer: fieldAt(node, 'layer', text),
    tag: fieldAt(node, 'tag', text),
    version: fieldAt(node, 'version', text),
    uid: fieldAt(node, 'uid', text) ?? fieldAt(node, 'packUid', text),
    registryUid: fieldAt(node, 'registryUid', text) ?? fieldAt(registryMeta, 'uid', text),
    registryName: fieldAt(registryMeta, 'name', text),
    node,
  };
  const valuesPair = pairOf(node, 'values');
  if (valuesPair) {
    pack.valuesKey = keyRange(valuesPair);
    const v = valuesPair.value;
    if (withValues && isScalar(v) && v.range && (typeof v.value === 'string' || v.value === null)) {
      const base = v.range[0];
      const core = valuesCore(v, text, reuse);
      pack.values = placeEmbedded(core, (rel) => base + rel, (o) => o - base, 'values-syntax');
      rememberCore(pack.values, core);
    }
  }
  return pack;
}

function readVariables(node: unknown, text: string): VariableDef[] {
  if (!isSeq(node)) return [];
  return node.items.map((item) => {
    const sensitive = isMap(item) ? pairOf(item, 'isSensitive')?.value : undefined;
    return {
      name: fieldAt(item, 'name', text),
      format: fieldAt(item, 'format', text),
      range: nodeRange(item as YamlNode) ?? [0, 0],
      isSensitive: isScalar(sensitive) ? sensitive.value === true : undefined,
    };
  });
}

function formOf(packs: PackEntry[]): ProfileDocument['form'] {
  const exportForm = packs.some((p) => p.registryName !== undefined || pairOf(p.node, 'registry') !== undefined);
  const createForm = packs.some((p) => pairOf(p.node, 'registryUid') !== undefined);
  if (exportForm && !createForm) return 'export';
  if (createForm && !exportForm) return 'create';
  return 'unknown';
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return (nl < 0 ? message : message.slice(0, nl)).replace(/ at line \d+, column \d+:?$/, '');
}
