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
    if (response.bodyUsed || !response.body) return { text: '', truncated: false }
    // Fast path for a network response (HTTP framing enforces Content-Length; a constructed
    // one, type 'default', can claim any length) within the limit and without content
    // coding (a compressed body can inflate far beyond its Content-Length).
    const length = response.headers.get('content-length')
    const coding = response.headers.get('content-encoding')
    const framed = response.type !== 'default' && (!coding || coding === 'identity')
    if (framed && length && /^\d{1,15}$/.test(length) && Number(length) <= maxBytes) {
      return { text: await response.text(), truncated: false }
    }
  } catch {
    // The body failed mid-read (connection reset, abort): nothing usable arrived.
    return { text: '', truncated: false }
  }
  const { bytes, truncated } = await readBodyBytes(response, maxBytes)
  // With `stream: true` a multi-byte character cut by the limit is dropped, not mangled.
  return { text: new TextDecoder().decode(bytes, { stream: truncated }), truncated }
}
