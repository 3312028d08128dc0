import { describe, expectTypeOf, it } from 'vitest'
import type { RetryDecision } from 'statuskit'
import { createFetch, ensureOk, ProblemError, readProblem, type FetchLike, type ResponseProblem, type RetryEvent } from 'statuskit/fetch'

describe('statuskit/fetch types', () => {
  it('createFetch returns a fetch-compatible function', () => {
    expectTypeOf(createFetch()).toEqualTypeOf<FetchLike>()
    expectTypeOf(createFetch()).toBeCallableWith('https://example.com', { method: 'POST' })
    // @ts-expect-error: idempotencyKey is 'auto' or 'off'
    createFetch({ idempotencyKey: 'always' })
    // @ts-expect-error: onRetry receives a RetryEvent, not a number
    createFetch({ onRetry: (event: number) => event })
  })

  it('RetryEvent has attempt, delayMs, status and reason', () => {
    expectTypeOf<RetryEvent>().toEqualTypeOf<{
      readonly attempt: number
      readonly delayMs: number
      readonly status: number | undefined
      readonly reason: string
    }>()
  })

  it('readProblem and ensureOk resolve the documented types', () => {
    expectTypeOf(readProblem).returns.resolves.toEqualTypeOf<ResponseProblem>()
    expectTypeOf(ensureOk).returns.resolves.toEqualTypeOf<Response>()
    expectTypeOf<ResponseProblem['status']>().toEqualTypeOf<number>()
    expectTypeOf<ResponseProblem['raw']>().toEqualTypeOf<string | undefined>()
  })

  it('ProblemError carries response, problem and the retry verdict', () => {
    expectTypeOf<ProblemError['name']>().toEqualTypeOf<'ProblemError'>()
    expectTypeOf<ProblemError['decision']>().toEqualTypeOf<RetryDecision>()
    expectTypeOf<ProblemError['problem']>().toEqualTypeOf<ResponseProblem>()
    expectTypeOf<ProblemError['response']>().toEqualTypeOf<Response>()
    expectTypeOf<ProblemError>().toMatchTypeOf<Error>()
  })
})
