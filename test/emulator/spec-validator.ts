import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { repoRoot } from './fixture-files.js';

interface OpenApi {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: object }> }> }>>;
  components: { schemas: Record<string, object> };
}

/**
 * Validates JSON bodies against the response schemas of test/palette-api/openapi-subset.yaml. Ajv understands
 * OpenAPI 3.0's `nullable`; `strict: false` lets it skip the spec's `example` and `x-*` annotations.
 */
export class SpecValidator {
  private readonly ajv: Ajv;
  private readonly spec: OpenApi;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(file = join(repoRoot, 'test', 'palette-api', 'openapi-subset.yaml')) {
    this.spec = parse(readFileSync(file, 'utf8')) as OpenApi;
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'palette', components: this.spec.components });
  }

  /** The schema of `method pathTemplate` → `status` (application/json), or undefined when the spec has none. */
  schemaFor(method: string, pathTemplate: string, status: number): object | undefined {
    const op = this.spec.paths[pathTemplate]?.[method.toLowerCase()];
    if (!op) throw new Error(`spec has no operation ${method} ${pathTemplate}`);
    return op.responses?.[String(status)]?.content?.['application/json']?.schema;
  }

  /** Errors as readable lines; [] when the body is valid. */
  validate(method: string, pathTemplate: string, status: number, body: unknown): string[] {
    const key = `${method} ${pathTemplate} ${status}`;
    let fn = this.compiled.get(key);
    if (!fn) {
      const schema = this.schemaFor(method, pathTemplate, status);
      if (!schema) throw new Error(`spec declares no JSON body for ${key}`);
      fn = this.ajv.compile(rebase(schema));
      this.compiled.set(key, fn);
    }
    return fn(body) ? [] : (fn.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  }

  /** A named component schema, for bodies the spec types only indirectly (v1Error). */
  validateComponent(name: string, body: unknown): string[] {
    const fn = this.ajv.getSchema(`palette#/components/schemas/${name}`);
    if (!fn) throw new Error(`spec has no schema ${name}`);
    return fn(body) ? [] : (fn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  }
}

/** Local `#/components/...` refs point into the document registered as `palette`. */
function rebase(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"palette#/components/')) as object;
}
