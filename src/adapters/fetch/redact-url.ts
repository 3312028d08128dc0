/** An http(s) URL in serialized form: lower-case scheme, a host without user-info, a path. */
const SERIALIZED = /^https?:\/\/[a-z0-9.:[\]-]+\//
const QUERY_AND_FRAGMENT = /[?#][^]*$/

/**
 * The part of a URL that is safe to put in an error message or a log line: origin and
 * path. The query string and fragment can carry tokens, and the user-info part carries
 * credentials, so all three are dropped. Internal.
 *
 * @param url - An absolute URL, or anything else.
 * @returns `origin + pathname`, or `''` when `url` is not an absolute URL.
 */
export function redactUrl(url: unknown): string {
  // Fast path for what fetch puts in `response.url`: an http(s) URL already serialized
  // (no user-info, fetch refuses those) with a path. Parsing it again costs microseconds.
  if (typeof url === 'string' && SERIALIZED.test(url)) return url.replace(QUERY_AND_FRAGMENT, '')
  try {
    const { origin, pathname } = new URL(String(url))
    return origin === 'null' ? '' : origin + pathname
  } catch {
    return ''
  }
}
