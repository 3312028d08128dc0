import { byteLimit } from './byte-limit.js'

/**
 * A response body read as bytes, at most a given number of them.
 *
 * @example
 * ```ts
 * import { readBodyBytes, type BodyBytes } from 'statuskit/fetch'
 * const body: BodyBytes = await readBodyBytes(await fetch('https://api.example.com/'), 1024)
 * ```
 */
export interface BodyBytes {
  /** At most `maxBytes` bytes of the body. */
  readonly bytes: Uint8Array
  /** `true` when the body was longer than `maxBytes`; the rest was never read. */
  readonly truncated: boolean
  /**
   * `true` when reading failed midway (a reset connection, an abort or a timeout):
   * `bytes` holds what arrived before the failure; also when the body could not be read
   * at all because another reader holds it (`body.locked`). A body already consumed
   * (`bodyUsed`) or absent reads as empty and not interrupted.
   */
  readonly interrupted: boolean
}

/**
 * Reads at most `maxBytes` bytes of a response body, then cancels the stream, so a
 * hostile or broken server cannot make the client buffer an unbounded body. Never
 * throws on the body: a body that is already used or missing gives no bytes, one that
 * is locked or fails mid-read gives what was read so far with `interrupted: true`.
 *
 * @param response - Any fetch `Response`.
 * @param maxBytes - The byte limit, a non-negative integer (default 65536).
 * @returns The bytes read and whether the body was cut short.
 * @throws RangeError (as a rejection) when `maxBytes` is not a non-negative integer (a
 *   TypeError when it is not a number).
 *
 * @example
 * ```ts
 * import { readBodyBytes } from 'statuskit/fetch'
 * const { bytes, truncated } = await readBodyBytes(await fetch('https://example.com/'), 1_048_576)
 * ```
 */
export async function readBodyBytes(response: Response, maxBytes?: number): Promise<BodyBytes> {
  const limit = byteLimit(maxBytes)
  const chunks: Uint8Array[] = []
  let size = 0
  let truncated = false
  let interrupted = false
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined
  try {
    // A body already used or absent gives no bytes.
    if (!response.bodyUsed && response.body) {
      reader = response.body.getReader()
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        const room = limit - size
        if (value.byteLength > room) {
          chunks.push(value.subarray(0, room))
          size = limit
          truncated = true
          break
        }
        chunks.push(value)
        size += value.byteLength
      }
    }
  } catch {
    // A body that fails mid-read (connection reset, abort) keeps what arrived; one that
    // cannot be read at all (locked by another reader) is not a complete empty body either.
    interrupted = true
  } finally {
    // Stop the download; a no-op once the stream is done. Errors here change nothing.
    reader?.cancel().catch(() => {})
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { bytes, truncated, interrupted }
}
