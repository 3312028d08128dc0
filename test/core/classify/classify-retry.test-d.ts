import type { IncomingHttpHeaders } from 'node:http'
import { describe, expectTypeOf, it } from 'vitest'
import {
  classifyMonitoring,
  classifyRetry,
  logLevel,
  parseRetryAfter,
  type HeadersLike,
  type LogLevel,
  type MonitoringDecision,
  type RetryContext,
  type RetryDecision,
  type RetryStrategy,
} from 'statuskit'

describe('classify types', () => {
  it('classifyRetry returns a RetryDecision with the six strategies', () => {
    expectTypeOf(classifyRetry(409)).toEqualTypeOf<RetryDecision>()
    expectTypeOf<RetryDecision['strategy']>().toEqualTypeOf<RetryStrategy>()
    expectTypeOf<RetryStrategy>().toEqualTypeOf<
      'never' | 'after-fix' | 'after-refresh-state' | 'after-reauth' | 'with-backoff' | 'idempotent-or-keyed'
    >()
    expectTypeOf<RetryDecision['retryAfterMs']>().toEqualTypeOf<number | undefined>()
  })

  it('accepts Headers, plain objects and Node IncomingHttpHeaders', () => {
    const node: IncomingHttpHeaders = { 'retry-after': '5', 'set-cookie': ['a=1'] }
    expectTypeOf(node).toExtend<HeadersLike>()
    expectTypeOf(new Headers()).toExtend<HeadersLike>()
    expectTypeOf({ 'Retry-After': '5' }).toExtend<HeadersLike>()
    classifyRetry(503, { headers: node, method: 'GET', attempt: 1, now: new Date() })
    const ctx: RetryContext = { method: undefined, headers: undefined }
    classifyRetry(503, ctx)
    // @ts-expect-error numbers are not header values
    classifyRetry(503, { headers: { 'retry-after': 5 } })
    // @ts-expect-error the status is a number
    classifyRetry('503')
  })

  it('classifyMonitoring takes a side and returns the OTel shape', () => {
    expectTypeOf(classifyMonitoring(500, 'server')).toEqualTypeOf<MonitoringDecision>()
    expectTypeOf<MonitoringDecision['spanStatus']>().toEqualTypeOf<'unset' | 'error'>()
    expectTypeOf<MonitoringDecision['fault']>().toEqualTypeOf<'client' | 'server' | 'none'>()
    expectTypeOf(logLevel(500, 'client')).toEqualTypeOf<LogLevel>()
    // @ts-expect-error side is 'server' or 'client'
    classifyMonitoring(500, 'proxy')
  })

  it('parseRetryAfter accepts anything and returns number | undefined', () => {
    expectTypeOf(parseRetryAfter(['5'])).toEqualTypeOf<number | undefined>()
    expectTypeOf(parseRetryAfter(null, Date.now())).toEqualTypeOf<number | undefined>()
  })
})
