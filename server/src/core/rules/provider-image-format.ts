/**
 * The BYOOS provider image tag must follow CanvOS `<dist>-<k8sVersion>-<peVersion>[-<customTag>]`; the stock
 * uri template always appends `-{{ …customTag }}`, so an empty custom tag leaves a trailing `-` that names an
 * image CanvOS never built (its Earthfile omits the dash when CUSTOM_TAG is empty; FACTS.md §6).
 */
import type { Rule, RuleFinding } from './rule.js';
import { findProviderImage, imageTag, outerSpan } from '../byoos.js';
import { canvosDistributions } from '../canvos-tag.js';

export const providerImageFormat: Rule = {
  code: 'provider-image-format',
  severity: 'error',
  description: 'The BYOOS provider image reference does not follow the CanvOS tag scheme, or ends with an empty custom tag.',
  check({ profile, catalog }) {
    const image = findProviderImage(profile, catalog);
    const tag = image && imageTag(image);
    if (!image || !tag) return [];
    const found: RuleFinding[] = [];
    const shown = image.resolved?.text ?? image.uri;
    if (tag.text === undefined) {
      found.push({ message: `The provider image '${shown}' has no tag; CanvOS images are tagged <distribution>-<k8s version>-<PE version>[-<custom tag>].`, range: image.uriRange, severity: 'warning' });
      return found;
    }
    if (!tag.parts) {
      const range = outerSpan(image, tag.start, tag.start + tag.text.length) ?? image.uriRange;
      found.push({
        message: `The provider image tag '${tag.text}' is not a CanvOS tag <distribution>-<k8s version>-<PE version>[-<custom tag>] (distributions: ${canvosDistributions.join(', ')}; PE version like v4.6.24).`,
        range,
        severity: 'warning',
        data: { tag: tag.text },
      });
      return found;
    }
    const custom = tag.parts.customTag;
    if (custom && custom.text === '') {
      const dashAt = tag.start + custom.start - 1;
      const dash = outerSpan(image, dashAt, dashAt + 1);
      const macro = image.resolved?.pieces.find((p) => p.start === dashAt + 1 && p.macroRange);
      const removeEnd = macro?.macroRange?.[1];
      found.push({
        message: `The provider image tag '${tag.text}' ends with '-': the custom tag is empty, and CanvOS names such images without the dash.`,
        range: dash ?? image.uriRange,
        data: dash && removeEnd !== undefined ? { remove: [dash[0], removeEnd] } : dash ? { remove: dash } : {},
      });
    }
    return found;
  },
};
