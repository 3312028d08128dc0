/** Keys that could reach an object's prototype when copied with plain assignment. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/** Deepest nesting kept in an extension member; deeper members are dropped whole. */
export const MAX_JSON_DEPTH = 32

/** Thrown (and caught) when a value is not plain JSON or is nested too deep. Internal. */
export const NOT_JSON: unique symbol = Symbol('not JSON') as never

/**
 * Tells whether `value` is a plain object (`{}`, `Object.create(null)` or one from
 * another realm), not an array, class instance, `Response` or `Date`. Internal.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === null || Object.getPrototypeOf(proto) === null
}

/**
 * A fresh copy of a JSON value in which no object has a `__proto__`, `constructor` or
 * `prototype` key, so it can be spread or `Object.assign`ed without prototype pollution.
 * Internal.
 *
 * @throws {@link NOT_JSON} for functions, symbols, bigints, `undefined`, non-finite
 * numbers, class instances or nesting deeper than {@link MAX_JSON_DEPTH}.
 */
export function copyJson(value: unknown, depth = 0): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (depth < MAX_JSON_DEPTH) {
    if (Array.isArray(value)) return value.map((item) => copyJson(item, depth + 1))
    if (isPlainObject(value)) {
      const copy: Record<string, unknown> = {}
      for (const key of Object.keys(value)) {
        if (!PROTOTYPE_KEYS.has(key)) copy[key] = copyJson(value[key], depth + 1)
      }
      return copy
    }
  }
  throw NOT_JSON
}
