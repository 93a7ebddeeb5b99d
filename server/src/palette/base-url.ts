import { PaletteError } from './palette-error.js';

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True for hosts that never leave this machine (the only ones allowed over plain http). */
export function isLoopback(hostname: string): boolean {
  return loopbackHosts.has(hostname.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/**
 * A host setting is either a bare name (`api.spectrocloud.com`, always https) or a URL. Plain http is refused
 * except on loopback, because the ApiKey header would otherwise cross the network in clear text.
 */
export function baseUrl(host: string): URL {
  const text = host.trim().replace(/\/+$/, '');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new PaletteError({ message: `Palette host "${host}" is not a host name or URL`, path: '', retryable: false });
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new PaletteError({
      message: `Palette host ${url.host} must use https (plain http is allowed only for localhost)`,
      path: '',
      retryable: false,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PaletteError({ message: `Palette host must be http(s), got ${url.protocol}`, path: '', retryable: false });
  }
  return url;
}
