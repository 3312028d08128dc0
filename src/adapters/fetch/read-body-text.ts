import { readBodyBytes } from './read-body-bytes.js'

/**
 * A response body read as text, at most a given number of bytes. Internal.
 */
export interface BodyText {
  /** The body as UTF-8 text (invalid sequences replaced), at most `maxBytes` bytes of it. */
  readonly text: string
  /** `true` when the body was longer than `maxBytes`; the rest was never read. */
  readonly truncated: boolean
}

/**
 * Reads at most `maxBytes` bytes of a response body, then cancels the stream, so a
 * hostile or broken server cannot make the client buffer an unbounded error page.
 * Never throws: a body that is already used, missing or fails mid-read gives what was
 * read so far. Internal.
 *
 * @param response - Any fetch `Response`.
 * @param maxBytes - The byte limit, a non-negative integer.
 * @returns The text read and whether it was cut short.
 */
export async function readBodyText(response: Response, maxBytes: number): Promise<BodyText> {
  try {
    // Fast path for a network response (HTTP framing enforces Content-Length; a constructed
    // one, type 'default', can claim any length) within the limit and without content
    // coding (a compressed body can inflate far beyond its Content-Length). A used body
    // makes text() reject (caught below); a missing one reads as ''.
    const { headers } = response
    const length = headers.get('content-length')
    if (length && /^\d{1,15}$/.test(length) && Number(length) <= maxBytes && response.type !== 'default') {
      const coding = headers.get('content-encoding')
      if (!coding || coding === 'identity') return { text: await response.text(), truncated: false }
    }
  } catch {
    // The body was used, or failed mid-read (connection reset, abort): nothing usable.
    return { text: '', truncated: false }
  }
  const { bytes, truncated } = await readBodyBytes(response, maxBytes)
  // With `stream: true` a multi-byte character cut by the limit is dropped, not mangled.
  return { text: new TextDecoder().decode(bytes, { stream: truncated }), truncated }
}
