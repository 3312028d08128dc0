import { invalidOption } from './invalid-option.js'

/**
 * Bytes of an error body read by default: 64 KiB, plenty for any Problem Details
 * document and small enough that an HTML error page or a hostile stream costs little.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_BODY_BYTES, readProblem } from 'statuskit/fetch'
 * const response = await fetch('https://api.example.com/reports/9')
 * await readProblem(response, { maxBytes: DEFAULT_MAX_BODY_BYTES / 4 })
 * ```
 */
export const DEFAULT_MAX_BODY_BYTES = 65_536

/**
 * `maxBytes`, or the default for `undefined`; a `RangeError` (a `TypeError` for a
 * non-number) unless it is a non-negative integer. Internal.
 *
 * @param maxBytes - The option as given.
 */
export function byteLimit(maxBytes: unknown = DEFAULT_MAX_BODY_BYTES): number {
  if (typeof maxBytes === 'number' && Number.isSafeInteger(maxBytes) && maxBytes >= 0) return maxBytes
  return invalidOption('maxBytes', maxBytes, 'a non-negative integer number of bytes')
}
