/** Reads one property, `undefined` when reading throws (a hostile getter or Proxy). Internal. */
export function read(value: unknown, key: string): unknown {
  try {
    return (typeof value === 'object' && value !== null) || typeof value === 'function'
      ? (value as Record<string, unknown>)[key]
      : undefined
  } catch {
    return undefined
  }
}

/**
 * `value instanceof type`, `false` when asking throws (a Proxy whose `getPrototypeOf`
 * trap throws). Internal.
 */
export function isInstance<T>(value: unknown, type: abstract new (...args: never[]) => T): value is T {
  try {
    return value instanceof type
  } catch {
    return false
  }
}
