import type { CatalogVersion } from './catalog.js';
import type { FixtureFiles } from './fixture-files.js';
import { parsePresetsYaml, parseSchemaYaml } from './pack-schema-yaml.js';
import type { PackSchemaJson } from './pack-schema-yaml.js';

/** The heavy parts of a pack version, read from the shared fixtures when a request needs them. */
export class PackContent {
  private readonly schemas = new Map<string, PackSchemaJson[]>();

  constructor(private readonly files: FixtureFiles) {}

  values(v: CatalogVersion): string {
    return this.files.read(v.valuesFile);
  }

  schema(v: CatalogVersion): PackSchemaJson[] {
    if (!v.schemaFile) return [];
    let s = this.schemas.get(v.schemaFile);
    if (!s) {
      s = parseSchemaYaml(this.files.read(v.schemaFile));
      this.schemas.set(v.schemaFile, s);
    }
    return s;
  }

  presets(v: CatalogVersion): unknown[] {
    if (v.presets) return v.presets;
    return v.presetsFile ? parsePresetsYaml(this.files.read(v.presetsFile)) : [];
  }

  /** pack-central keeps no README we could copy (SOURCE.md); this text is synthetic and says so. */
  readme(v: CatalogVersion): string {
    return `# ${v.displayName}\n\n${v.name} ${v.version} (${v.registry.name}).\n\n` +
      'Synthetic README served by the local Palette emulator.\n';
  }
}
