/**
 * An http(s) URL in serialized form: lower-case scheme, a host without user-info, a path,
 * and only printable ASCII (the URL serializer percent-encodes everything else).
 */
const SERIALIZED = /^https?:\/\/[a-z0-9.:[\]-]+\/[!-~]*$/
const QUERY_AND_FRAGMENT = /[?#][^]*$/

/**
 * The part of a URL that is safe to put in an error message or a log line: origin and
 * path. The query string and fragment can carry tokens, and the user-info part carries
 * credentials, so all three are dropped. Internal.
 *
 * @param url - An absolute URL, or anything else.
 * @param serialized - `url` is a `response.url`, which fetch has already serialized: then
 *   an http(s) one is cut at its query instead of parsed again (parsing costs microseconds
 *   per error). Anything from a caller is parsed, which also normalizes it.
 * @returns `origin + pathname`, or `''` when `url` is not an absolute URL.
 */
export function redactUrl(url: unknown, serialized = false): string {
  if (serialized && typeof url === 'string' && SERIALIZED.test(url)) return url.replace(QUERY_AND_FRAGMENT, '')
  try {
    const { origin, pathname } = new URL(String(url))
    return origin === 'null' ? '' : origin + pathname
  } catch {
    return ''
  }
}
