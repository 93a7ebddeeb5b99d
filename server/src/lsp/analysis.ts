/**
 * Parse + validate one open document, remembered per uri and version so diagnostics, code actions and symbols
 * of the same text share one run. Which documents count: the `palette-profile` language always; YAML/JSON only
 * when their content is a profile (top-level spec.template.packs).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CatalogSnapshot } from '../core/catalog.js';
import type { Finding } from '../core/finding.js';
import type { ProfileDocument } from '../core/model.js';
import { validate } from '../core/validate.js';
import type { RuleSeverity } from '../protocol.js';
import { profileLanguageId } from '../protocol.js';
import { forgetDocumentParse, parseDocumentText } from './document-parse.js';

export interface Analysis {
  version: number;
  profile: ProfileDocument;
  findings: Finding[];
}

export interface AnalysisInputs {
  /** Changes whenever settings, the repo config or the catalog change; cached analyses of older generations are stale. */
  generation: number;
  severities: Record<string, RuleSeverity>;
  /** The repo config's `ignore` globs match the document. */
  ignored: boolean;
  catalog: CatalogSnapshot | undefined;
}

const candidateLanguages: ReadonlySet<string> = new Set([profileLanguageId, 'yaml', 'json', 'jsonc']);

export function isCandidate(doc: TextDocument): boolean {
  return candidateLanguages.has(doc.languageId);
}

export class Analyzer {
  private readonly byUri = new Map<string, { key: string; analysis: Analysis | undefined }>();

  /** The analysis of the document's current text, or undefined when the document is not a profile. */
  analyze(doc: TextDocument, inputs: AnalysisInputs): Analysis | undefined {
    const key = `${inputs.generation}:${doc.version}:${doc.languageId}`;
    const cached = this.byUri.get(doc.uri);
    if (cached?.key === key) return cached.analysis;
    const analysis = this.run(doc, inputs);
    this.byUri.set(doc.uri, { key, analysis });
    return analysis;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
    forgetDocumentParse(uri);
  }

  private run(doc: TextDocument, inputs: AnalysisInputs): Analysis | undefined {
    if (!isCandidate(doc) || inputs.ignored) return undefined;
    const profile = parseDocumentText(doc.uri, doc.getText());
    if (doc.languageId !== profileLanguageId && !profile.isProfile) return undefined;
    const findings = validate(profile, inputs.catalog, { severities: inputs.severities });
    return { version: doc.version, profile, findings };
  }
}
