import type { Exchange } from './exchange.js'

/**
 * How serious a finding is: `error` breaks a MUST of the cited standard (or makes a
 * WHATWG `Response` throw); `warning` breaks a SHOULD or is a known interop hazard;
 * `info` is a design smell.
 *
 * @example
 * ```ts
 * import type { Severity } from 'statuskit/inspect'
 * const failOn: Severity = 'error'
 * ```
 */
export type Severity = 'error' | 'warning' | 'info'

/**
 * What a rule checks, without the check: its stable id (allow-list it with
 * `options.ignore`), its severity, where the requirement is written and what to change.
 *
 * @example
 * ```ts
 * import { RULES, type RuleInfo } from 'statuskit/inspect'
 * const errors: RuleInfo[] = RULES.filter((rule) => rule.severity === 'error')
 * ```
 */
export interface RuleInfo {
  /** Stable id, `<area>.<what>`, e.g. `status.405-without-allow`. */
  readonly id: string
  /** Severity of every finding the rule reports. */
  readonly severity: Severity
  /** The standard and section the rule enforces, e.g. `RFC 9110 §15.5.6`. */
  readonly reference: string
  /** What to change so the rule no longer fires. */
  readonly hint: string
}

/**
 * A rule with its check, internal to the inspector. `check` returns the message of the
 * finding when the rule fires on the exchange, and a falsy value when it does not.
 */
export interface Rule extends RuleInfo {
  readonly check: (exchange: Exchange) => string | false | undefined
}
