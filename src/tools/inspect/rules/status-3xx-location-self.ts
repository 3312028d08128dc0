import type { Rule } from '../rule.js'

/** The redirects whose Location sends the client on (300 and 304 are not sent on). */
const REDIRECTS = [301, 302, 303, 307, 308]

/** The URL without its fragment, or `undefined` when it does not resolve. */
function resolve(location: string, base: string): string | undefined {
  try {
    const url = new URL(location, base)
    url.hash = ''
    return url.href
  } catch {
    return undefined
  }
}

/**
 * A redirect whose Location resolves to the request URL itself, for a request the client
 * will repeat unchanged, sends it in a loop (RFC 9110 §15.4: clients detect cyclical
 * redirections and give up). Not flagged: a POST answered 301, 302 or 303 to its own URL
 * (Post/Redirect/Get: the next request is a GET), and a redirect that sets a cookie ("set
 * the cookie, come back" is a common, finite pattern).
 */
export const status3xxLocationSelf: Rule = {
  id: 'status.3xx-location-self',
  severity: 'warning',
  reference: 'RFC 9110 §15.4, §10.2.2',
  hint: 'Point Location at the new URL; a redirect to the request URL itself loops.',
  check: (x) => {
    const location = x.headers.location?.trim()
    if (!REDIRECTS.includes(x.status) || !location || 'set-cookie' in x.headers) return false
    const sameMethod = x.status === 307 || x.status === 308 || x.method === 'GET' || x.method === 'HEAD'
    if (!sameMethod) return false
    const self = resolve(x.url, 'invalid:')
    if (self === undefined || !/^https?:/.test(self)) return false
    return resolve(location, x.url) === self && `${x.status} redirects to the request URL itself.`
  },
}
