import { invalidOption } from './invalid-option.js'

/**
 * A generator of `Idempotency-Key` values for `createFetch({ idempotencyKey })`: `'auto'`
 * takes `crypto.randomUUID()`; a function is used as is, and must return a non-empty
 * string; `'off'` or `undefined` gives no generator. Internal.
 *
 * @param option - The `idempotencyKey` option.
 * @throws TypeError when `'auto'` finds no `crypto.randomUUID` (Node 18 without
 *   `--experimental-global-webcrypto`, a browser page served over plain HTTP: pass a
 *   function, e.g. `() => randomUUID()` from `node:crypto`), or the option is of another kind.
 */
export function keyGenerator(option: unknown): (() => string) | undefined {
  if (option === undefined || option === 'off') return undefined
  if (typeof option === 'function') {
    return () => {
      const key: unknown = (option as () => unknown)()
      return typeof key === 'string' && key.trim() ? key : invalidOption('idempotencyKey()', key, 'a non-empty string', false)
    }
  }
  if (option !== 'auto') invalidOption('idempotencyKey', option, "'auto', 'off' or a function")
  const crypto = globalThis.crypto
  if (typeof crypto?.randomUUID === 'function') return () => crypto.randomUUID()
  throw new TypeError("`idempotencyKey: 'auto'` needs crypto.randomUUID; pass a function, e.g. `() => randomUUID()` from 'node:crypto'.")
}
