/**
 * How loud a status is in a log, in the four levels every logger has.
 *
 * @example
 * ```ts
 * import { logLevel, type LogLevel } from 'statuskit'
 * const level: LogLevel = logLevel(502, 'client') // 'warn'
 * ```
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error'

const LEVELS: Readonly<Record<string, LogLevel>> = { d: 'debug', i: 'info', w: 'warn', e: 'error' }

/**
 * Log levels of reference §7.3 as `<code><server level><client level>` (d, i, w, e),
 * kept as one string for bundle size. Codes not listed take their class default from
 * {@link CLASS_LEVELS}. 503 is `error` on the server side: the function cannot tell a
 * deliberate shed (warn in §7.3) from an outage.
 */
const ROWS =
  '304dd 400ie 403ie 404ii 405ie 406ie 408ww 411ie 412ii 413ie 414ie 415ie 421ww 422ie 425ii 426ie 431ie 499id 501we 505we 510we 511ww'

/** Class defaults (reference §7.2), indexed by the first digit: server level, client level. */
const CLASS_LEVELS = ['', 'dd', 'id', 'id', 'iw', 'ew']

/**
 * The server-side and client-side log levels of a valid status. Internal.
 *
 * @param code - A valid status, 100–599 (checked by the caller).
 * @returns `[server level, client level]`.
 */
export function levelsOf(code: number): readonly [LogLevel, LogLevel] {
  const at = ROWS.indexOf(String(code))
  const pair = at < 0 ? (CLASS_LEVELS[Math.floor(code / 100)] ?? 'ee') : ROWS.slice(at + 3, at + 5)
  return [LEVELS[pair[0] ?? 'e'] ?? 'error', LEVELS[pair[1] ?? 'e'] ?? 'error']
}

/** 5xx that do not count against the availability SLO by default (reference §7.3, §7.4.6). */
export const SLO_EXEMPT_5XX = '501 505 510 511'
