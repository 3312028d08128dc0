/**
 * `value` when it is a finite number ≥ 0, else `fallback`. Internal: how the classifiers
 * turn caller-supplied counts and limits (NaN, -1, Infinity, strings) into safe numbers.
 *
 * @param value - Anything the caller passed.
 * @param fallback - The documented default.
 * @returns A finite, non-negative number.
 */
export const nonNegative = (value: unknown, fallback: number): number =>
  typeof value === 'number' && value >= 0 && value < Infinity ? value : fallback
