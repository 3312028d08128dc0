/** Response headers a script on another origin may read from the simulator. */
const EXPOSED = 'Retry-After, ETag, Location, WWW-Authenticate, Allow, Content-Range, Link, X-Statuskit-Sequence'
const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS'
const TOKEN_LIST = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+(\s*,\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+)*$/

/**
 * The CORS headers of a simulated answer (with `--cors`): any origin, no credentials, and
 * the headers a retrying client needs exposed (Retry-After is not CORS-safelisted).
 */
export function corsHeaders(): Record<string, string> {
  return { 'access-control-allow-origin': '*', 'access-control-expose-headers': EXPOSED }
}

/**
 * The answer to a CORS preflight (an OPTIONS with Origin and
 * Access-Control-Request-Method), or `undefined` when the request is not one. The
 * requested headers are allowed when they are a valid token list (WHATWG Fetch §3.2.3).
 */
export function preflight(method: string, headers: Readonly<Record<string, string | string[] | undefined>>): Record<string, string> | undefined {
  const requested = headers['access-control-request-method']
  if (method !== 'OPTIONS' || headers.origin === undefined || typeof requested !== 'string') return undefined
  const out: Record<string, string> = {
    ...corsHeaders(),
    'access-control-allow-methods': ALLOWED_METHODS,
    'access-control-max-age': '600',
    vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
  }
  const list = headers['access-control-request-headers']
  if (typeof list === 'string' && list.length <= 1000 && TOKEN_LIST.test(list.trim())) out['access-control-allow-headers'] = list.trim()
  return out
}
