/**
 * The part of a URL that is safe to put in an error message or a log line: origin and
 * path. The query string and fragment can carry tokens, and the user-info part carries
 * credentials, so all three are dropped. Internal.
 *
 * @param url - An absolute URL, or anything else.
 * @returns `origin + pathname`, or `''` when `url` is not an absolute URL.
 */
export function redactUrl(url: unknown): string {
  try {
    const { origin, pathname } = new URL(String(url))
    return origin === 'null' ? '' : origin + pathname
  } catch {
    return ''
  }
}

