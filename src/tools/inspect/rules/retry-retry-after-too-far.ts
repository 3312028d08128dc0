import { parseRetryAfter } from 'statuskit'
import type { Rule } from '../rule.js'

/** A day: more than a daily quota's reset; longer waits are usually milliseconds sent as seconds. */
const DAY_MS = 86_400_000

/**
 * A Retry-After more than a day ahead: clients that honour it stop for days, and most
 * cap it (statuskit's classifier does) and retry early, so the value means nothing
 * (RFC 9110 §10.2.3). A date is measured from the response's own Date, when it has one.
 */
export const retryRetryAfterTooFar: Rule = {
  id: 'retry.retry-after-too-far',
  severity: 'info',
  reference: 'RFC 9110 §10.2.3',
  hint: 'Send the real wait in seconds (not milliseconds); for a long outage, say when in the body.',
  check: (x) => {
    const value = x.headers['retry-after']?.trim()
    if (value === undefined) return false
    const date = Date.parse(x.headers.date ?? '')
    const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Number.isNaN(date) ? undefined : parseRetryAfter(value, date)
    return ms !== undefined && ms > DAY_MS && `Retry-After "${value.slice(0, 40)}" is more than a day ahead.`
  },
}
