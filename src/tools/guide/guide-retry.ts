import { isIdempotentMethod, type StatusClass, type StatusVendor, type RetryContext, type RetryDecision } from 'statuskit'
import { retryAdvice } from './retry-advice.js'
import { retryRule } from './rule-facts.js'
import type { GuideRetry, GuideRetryCase } from './status-guide.js'

/** The methods of the HTTP method registry that RFC 9110 defines (§9.3), in its order. */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH']

/** The requests a guide shows the classifier's decision for; after the first two, only where it differs. */
const PROBES: readonly (readonly [request: string, context: RetryContext, base: 'GET' | 'POST' | undefined])[] = [
  ['GET', { method: 'GET' }, undefined],
  ['POST', { method: 'POST' }, undefined],
  ['POST, Idempotency-Key', { method: 'POST', idempotencyKey: true }, 'POST'],
  ['POST, honoured Idempotency-Key', { method: 'POST', idempotencyKey: true, idempotencyKeyHonoured: true }, 'POST'],
  ['GET, Retry-After: 5', { method: 'GET', headers: { 'retry-after': '5' } }, 'GET'],
  ['POST, Retry-After: 5', { method: 'POST', headers: { 'retry-after': '5' } }, 'POST'],
  ['GET, X-RateLimit-Remaining: 0', { method: 'GET', headers: { 'x-ratelimit-remaining': '0' } }, 'GET'],
]

/** Just below 1: the longest first delay the jitter can draw. */
const ALMOST_ONE = 1 - 2 ** -52

function probe(code: number, vendor: StatusVendor | undefined, request: string, context: RetryContext): GuideRetryCase {
  const low: RetryDecision = retryRule(code, vendor, { ...context, random: () => 0 })
  const high = retryRule(code, vendor, { ...context, random: () => ALMOST_ONE })
  return { request, retry: low.retry, strategy: low.strategy, delayMs: { min: low.delayMs, max: high.delayMs }, reason: low.reason }
}

const same = (a: GuideRetryCase, b: GuideRetryCase): boolean =>
  a.retry === b.retry && a.strategy === b.strategy && a.delayMs.min === b.delayMs.min && a.delayMs.max === b.delayMs.max

/**
 * The retry part of a guide's client contract, every field from `classifyRetry`: the
 * decision without context (a GET), the strategy's meaning, and the decision for a GET,
 * a POST and, where they differ, a keyed POST and responses with Retry-After or an
 * exhausted rate limit. Internal.
 *
 * @param code - The status.
 * @param vendor - The vendor, for unofficial codes.
 * @param statusClass - The class of the status.
 * @returns The retry contract.
 */
export function guideRetry(code: number, vendor: StatusVendor | undefined, statusClass: StatusClass): GuideRetry {
  const plain = retryRule(code, vendor, {})
  const cases: GuideRetryCase[] = []
  for (const [request, context, base] of PROBES) {
    const decision = probe(code, vendor, request, context)
    const against = cases.find((c) => c.request === base)
    if (against === undefined || !same(decision, against)) cases.push(decision)
  }
  const unkeyed = cases.find((c) => c.request === 'POST')
  const keyed = cases.find((c) => c.request === 'POST, honoured Idempotency-Key')
  const advice = retryAdvice(plain.strategy, statusClass, METHODS.filter(isIdempotentMethod))
  const base = { strategy: plain.strategy, retry: plain.retry, reason: plain.reason, advice, cases }
  return keyed === undefined || unkeyed === undefined
    ? base
    : { ...base, withIdempotencyKey: { strategy: keyed.strategy, reason: keyed.reason } }
}
