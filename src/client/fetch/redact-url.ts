/**
 * The part of a URL that is safe to put in an error message or a log line: origin and
 * path. The query string and fragment can carry tokens, and the user-info part carries
 * credentials, so all three are dropped. Internal.
 *
 * @param url - An absolute URL, or anything else.
 * @returns `origin + pathname`, or `''` when `url` is not an absolute URL.
 */
export function redactUrl(url: unknown): string {
  const text = String(url)
  // readProblem and ProblemError redact the same response URL: it is parsed once.
  if (text !== lastUrl) {
    lastUrl = text
    try {
      const { origin, pathname } = new URL(text)
      lastRedacted = origin === 'null' ? '' : origin + pathname
    } catch {
      lastRedacted = '' // not an absolute URL
    }
  }
  return lastRedacted
}

// The last URL redacted and its result: a one-entry cache ('' is no absolute URL).
let lastUrl = ''
let lastRedacted = ''
