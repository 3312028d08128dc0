/** Query parameters whose values are secrets in practice (OAuth, API keys, signed URLs). */
const SECRET_PARAMETER = /token|secret|passw|pwd|api[-_]?key|^key$|^auth|signature|^sig$|session|credential/i

/**
 * A URL as it may be shown: user-info replaced by `***`, and the values of query
 * parameters that carry secrets (`token`, `api_key`, `signature`, ...) by `***`. Used
 * for every URL the inspector prints or returns. Text that is not a URL is returned
 * cut to 200 characters with any `user:pass@` removed.
 *
 * @param url - A URL (string or `URL`).
 * @returns The URL, safe to print.
 *
 * @example
 * ```ts
 * import { redactUrl } from 'statuskit/serve'
 * redactUrl('http://user:pw@127.0.0.1:8080/x?token=abc&page=2') // 'http://***@127.0.0.1:8080/x?token=***&page=2'
 * ```
 */
export function redactUrl(url: string | URL): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return String(url).slice(0, 200).replace(/\/\/[^/@\s]*@/, '//***@')
  }
  const userinfo = parsed.username !== '' || parsed.password !== ''
  parsed.username = ''
  parsed.password = ''
  let text = parsed.href
  if (userinfo) text = text.replace('//', '//***@')
  return text.replace(/([?&])([^=&#]*)=([^&#]*)/g, (whole, sep: string, name: string) => {
    let decoded = name
    try {
      decoded = decodeURIComponent(name)
    } catch {
      // A malformed escape: judge the name as written.
    }
    return SECRET_PARAMETER.test(decoded) ? `${sep}${name}=***` : whole
  })
}
