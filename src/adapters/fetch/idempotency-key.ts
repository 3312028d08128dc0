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
  if (typeof option === 'function') return () => String(option())
  const crypto = globalThis.crypto
  if (option !== 'auto') {
    throw new TypeError(`Invalid \`idempotencyKey\`: received ${String(option)}; expected 'auto', 'off' or a function returning a key.`)
  }
  if (typeof crypto?.randomUUID === 'function') return () => crypto.randomUUID()
  if (typeof crypto?.getRandomValues !== 'function') {
    throw new TypeError(
      "`idempotencyKey: 'auto'` needs Web Crypto, which this runtime lacks; pass a function instead, e.g. `() => randomUUID()` from 'node:crypto'.",
    )
  }
  return () => {
    const bytes = crypto.getRandomValues(new Uint8Array(16))
    bytes[6] = (bytes[6]! & 0x0f) | 0x40 // version 4
    bytes[8] = (bytes[8]! & 0x3f) | 0x80 // variant 10 (RFC 9562 §5.4)
    const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
  }
}
