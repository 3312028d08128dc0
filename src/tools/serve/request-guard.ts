import { isIP } from 'node:net'

/**
 * The request-target as a URL, or `undefined` when it is malformed (`//x:99999/`,
 * `http://[::1/`, `*`): the server answers those with 400, never 500 (RFC 9112 §3.2).
 */
export function parseRequestTarget(target: string | undefined): URL | undefined {
  const raw = target ?? '/'
  try {
    // origin-form is a path: put it after a fixed origin, so `//x/` stays a path.
    const url = raw.startsWith('/') ? new URL(`http://statuskit.invalid${raw}`) : new URL(raw)
    return /^https?:$/.test(url.protocol) ? url : undefined
  } catch {
    return undefined
  }
}

/** The hostname of a Host header value (`[::1]:80` → `::1`), lower case; `undefined` if unparsable. */
function hostnameOf(host: string): string | undefined {
  try {
    const { hostname } = new URL(`http://${host}`)
    return hostname.replace(/^\[|\]$/g, '').toLowerCase()
  } catch {
    return undefined
  }
}

/**
 * Whether `Host` names this server as a local tool may be named: an IP address (no DNS
 * name, so no DNS rebinding), `localhost` or `*.localhost` (RFC 6761 §6.3), or one of
 * `allowed` (the name it was bound to, names the user added). A rebinding page's Host is
 * its own domain name, so the server answers it 421 and the page reads nothing.
 *
 * @param host - The Host header value.
 * @param allowed - Extra host names to accept (lower case, no port).
 */
export function isLocalHost(host: string | undefined, allowed: readonly string[]): boolean {
  if (host === undefined || host === '') return false
  const name = hostnameOf(host)
  if (name === undefined) return false
  return isIP(name) !== 0 || name === 'localhost' || name.endsWith('.localhost') || allowed.includes(name)
}

/**
 * Whether a request comes from this server's own pages: no `Origin` (curl, the CLI) or
 * an Origin whose host is the request's own Host. A page of another origin (a site the
 * user visits, a rebinding page) cannot make this server fetch for it.
 */
export function isOwnOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true
  try {
    const url = new URL(origin)
    return url.protocol === 'http:' && url.host === host
  } catch {
    return false
  }
}
