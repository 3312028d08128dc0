import type { Rule } from '../rule.js'

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+/
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*/
const QUOTED = /^"(?:[^"\\]|\\.)*"/

/**
 * Whether a WWW-Authenticate or Proxy-Authenticate value is a list of challenges:
 * `auth-scheme [ 1*SP ( token68 / #auth-param ) ]`, auth-param `token BWS "=" BWS
 * ( token / quoted-string )` (RFC 9110 §11.2, §11.3, §11.6.1). Empty list elements are
 * allowed (§5.6.1). Internal.
 *
 * @param value - The field value.
 * @returns `true` when every challenge parses.
 */
export function isChallengeList(value: string): boolean {
  let rest = value
  let inChallenge = false
  const skip = (pattern: RegExp): void => {
    rest = rest.replace(pattern, '')
  }
  for (let guard = 0; guard < 1000; guard++) {
    skip(/^[\s,]+/)
    if (rest === '') return true
    const name = TOKEN.exec(rest)?.[0]
    if (name === undefined) return false
    const after = rest.slice(name.length)
    // An auth-param of the current challenge: `name = value`.
    if (inChallenge && /^[ \t]*=/.test(after)) {
      rest = after.replace(/^[ \t]*=[ \t]*/, '')
      const param = QUOTED.exec(rest)?.[0] ?? TOKEN.exec(rest)?.[0]
      if (param === undefined) return false
      rest = rest.slice(param.length)
      skip(/^[ \t]*/)
      if (rest !== '' && !rest.startsWith(',')) return false
      continue
    }
    // A new challenge: the scheme, then nothing, a token68, or its first auth-param.
    if (/^=/.test(after)) return false
    rest = after
    inChallenge = true
    if (rest === '' || /^[ \t]*,/.test(rest)) continue
    if (!/^ /.test(rest)) return false
    skip(/^ +/)
    const token68 = TOKEN68.exec(rest)?.[0]
    if (token68 !== undefined && /^[ \t]*(?:,|$)/.test(rest.slice(token68.length))) {
      rest = rest.slice(token68.length)
      skip(/^[ \t]*/)
      inChallenge = false
      continue
    }
    const first = TOKEN.exec(rest)?.[0]
    if (first === undefined || !/^[ \t]*=/.test(rest.slice(first.length))) return false
  }
  return false
}

/**
 * A 401 or 407 whose challenge field is present but does not parse: clients find no
 * scheme to answer, the same as no challenge at all (RFC 9110 §11.6.1, §11.7.1 require
 * at least one). An absent or empty field is `status.401-…`/`status.407-…`.
 */
export const headerInvalidAuthChallenge: Rule = {
  id: 'header.invalid-auth-challenge',
  severity: 'error',
  reference: 'RFC 9110 §11.3, §11.6.1, §11.7.1',
  hint: 'Send `Scheme param="value"`, e.g. `Bearer realm="api", error="invalid_token"`.',
  check: (x) => {
    const name = x.status === 401 ? 'WWW-Authenticate' : x.status === 407 ? 'Proxy-Authenticate' : undefined
    const value = name === undefined ? undefined : x.headers[name.toLowerCase()]
    return !!name && !!value?.trim() && !isChallengeList(value) && `${x.status} with a ${name} that is not a challenge: "${value.slice(0, 60)}".`
  },
}
