import { invalidOption } from './invalid-option.js'

/**
 * A generator of `Idempotency-Key` values for `createFetch({ idempotencyKey })`: `'auto'`
 * takes `crypto.randomUUID()`, or a version 4 UUID made from `crypto.getRandomValues()`
 * where `randomUUID` is missing (insecure browser contexts); a function is used as is;
 * `'off'` or `undefined` gives no generator. Internal.
 *
 * @param option - The `idempotencyKey` option.
 * @throws TypeError when `'auto'` finds no Web Crypto (Node 18 without
 *   `--experimental-global-webcrypto`: pass `() => randomUUID()` from `node:crypto`), or the
 *   option is of another kind.
 */
export function keyGenerator(option: unknown): (() => string) | undefined {
  if (option === undefined || option === 'off') return undefined
  if (typeof option === 'function') {
    return () => {
      const key: unknown = option()
      return typeof key === 'string' && key.trim() ? key : invalidOption('idempotencyKey()', key, 'a non-empty string')
    }
  }
  if (option !== 'auto') invalidOption('idempotencyKey', option, "'auto', 'off' or a function")
  const crypto = globalThis.crypto
  if (typeof crypto?.randomUUID === 'function') return () => crypto.randomUUID()
  if (typeof crypto?.getRandomValues !== 'function') {
    throw new TypeError("`idempotencyKey: 'auto'` needs Web Crypto; pass a function, e.g. `() => randomUUID()` from 'node:crypto'.")
  }
  // A version 4 UUID (RFC 9562 §5.4): each 0 a random hex digit, the 8 one of 8, 9, a, b.
  return () =>
    '00000000-0000-4000-8000-000000000000'.replace(/[08]/g, (digit) =>
      (Number(digit) ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (digit === '8' ? 3 : 15))).toString(16),
    )
}
