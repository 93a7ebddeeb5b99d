import { PaletteError } from './palette-error.js';

/** Error codes of a connection that failed or broke: the request may not have reached Palette, or its answer was lost. */
const networkCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);
const timeoutCodes = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);
/** OpenSSL / Node codes of a certificate Node would not trust: retrying cannot help, the CA file (or host) can. */
const certificateCodes = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

function codeOf(e: unknown): string | undefined {
  const err = e as { code?: unknown; cause?: { code?: unknown } } | undefined;
  const code = err?.code ?? err?.cause?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Turn whatever undici threw (reset, refused, timeout, abort) into a PaletteError naming the host and path.
 * The message is built from our own words plus the error code, never from request headers.
 */
export function failureOf(e: unknown, path: string, host: string, kind?: 'timeout' | 'aborted', timeoutMs?: number): PaletteError {
  const code = codeOf(e);
  if (kind === 'aborted') {
    return new PaletteError({ message: `Palette request ${path} was cancelled`, path, code: 'Aborted', retryable: false, cause: e });
  }
  if (kind === 'timeout' || (code && timeoutCodes.has(code))) {
    const after = timeoutMs ? ` after ${timeoutMs} ms` : '';
    return new PaletteError({ message: `Palette at ${host} did not answer ${path}${after}`, path, code: 'Timeout', retryable: true, cause: e });
  }
  if (code && certificateCodes.has(code)) {
    const hint = code === 'ERR_TLS_CERT_ALTNAME_INVALID'
      ? 'the certificate does not name this host; check the host name'
      : "for a self-hosted Palette, set the connection's CA file to its CA certificate (PEM)";
    return new PaletteError({ message: `TLS: the certificate of Palette at ${host} is not trusted (${code}); ${hint}`, path, code: 'TLS', retryable: false, cause: e });
  }
  const known = code !== undefined && networkCodes.has(code);
  return new PaletteError({
    message: `Cannot reach Palette at ${host} for ${path}: ${code ?? (e as Error)?.message ?? 'network failure'}`,
    path,
    code: code ?? 'NetworkError',
    retryable: known || code === undefined,
    cause: e,
  });
}
