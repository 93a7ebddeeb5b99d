import type { CatalogSnapshot } from '../catalog.js';
import type { Finding, Fix } from '../finding.js';
import type { ProfileDocument } from '../model.js';

/** Quick fixes for one finding code. Fixes read the finding's `data`, never its message. */
export interface FixProvider {
  code: string;
  fixes(profile: ProfileDocument, finding: Finding, catalog: CatalogSnapshot): Fix[];
}
