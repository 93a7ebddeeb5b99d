/** Profiles and set-up shared by the publish and clone tests. */
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { validate } from '../../server/src/core/validate.js';
import { localErrorsOf } from '../../server/src/publish/local-errors.js';
import { profileInput } from '../../server/src/publish/profile-input.js';
import type { PublishRequest } from '../../server/src/publish/publish.js';

/** An add-on profile in export form; argo-cd exists in acme only (test/fixtures/catalog/README.md). */
export function addonProfile(o: { name?: string; version?: string; withArgo?: boolean } = {}): string {
  const argo = `      - name: argo-cd
        type: oci
        layer: addon
        version: 3.26.7
        tag: 3.26.7
        registry:
          metadata:
            name: Palette Community Registry
`;
  return `metadata:
  name: ${o.name ?? 'shop-addons'}
  description: add-ons for the shop clusters
spec:
  version: ${o.version ?? '1.0.0'}
  template:
    type: add-on
    cloudType: all
    packs:
${o.withArgo === false ? '' : argo}      - name: hello-universe
        type: oci
        layer: addon
        version: 1.3.1
        tag: 1.3.1
        registry:
          metadata:
            name: Palette Community Registry
`;
}

/** A publish request for a file's text, with the local findings (no catalog) already computed. */
export function requestFor(text: string, extra: Partial<PublishRequest> = {}): PublishRequest {
  const profile = parseProfile(text, 'file:///shop.profile.yaml');
  return { input: profileInput(profile), localErrors: localErrorsOf(validate(profile), text), ...extra };
}
