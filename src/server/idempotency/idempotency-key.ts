/** A bare or double-quoted key: visible ASCII but `"` and `\\`, 1 to 255 characters. */
const KEY = /^("?)([\x21\x23-\x5b\x5d-\x7e]{1,255})\1$/

/**
 * Reads an `Idempotency-Key` field value. The draft makes it a Structured Field String
 * (`Idempotency-Key: "8e03978e-…"`, RFC 8941 §3.3.3); most clients (Stripe's, statuskit's
 * `createFetch`) send the bare value. Both are accepted: 1 to 255 visible ASCII
 * characters other than `"` and `\`, bare or in double quotes. A repeated field is not a key.
 *
 * @param value - The field value (a repeated field arrives as an array or comma-joined).
 * @returns `undefined` when absent or empty, the key, or `false` when the value is not a valid key.
 *
 * @example
 * ```ts
 * import { readIdempotencyKey } from 'statuskit/idempotency'
 * readIdempotencyKey('"8e03978e-40d5-43e8-bc93-6894a57f9324"') // '8e03978e-40d5-43e8-bc93-6894a57f9324'
 * readIdempotencyKey('a b') // false
 * ```
 */
export function readIdempotencyKey(value: string | readonly string[] | undefined): string | false | undefined {
  // Repeated fields are joined with a space, which no key holds.
  const text = (typeof value === 'string' ? value : value?.join(' '))?.trim()
  return text ? (KEY.exec(text)?.[2] ?? false) : undefined
}
