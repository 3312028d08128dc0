import { describe, expectTypeOf, it } from 'vitest'
import {
  conflict,
  HttpProblem,
  methodNotAllowed,
  notFound,
  problem,
  proxyAuthenticationRequired,
  serviceUnavailable,
  tooManyRequests,
  unauthorized,
  upgradeRequired,
  validationProblem,
  type ValidationExtensions,
} from 'statuskit'

describe('builder types', () => {
  it('types each builder by its status', () => {
    expectTypeOf(conflict()).toEqualTypeOf<HttpProblem<409>>()
    expectTypeOf(notFound('x')).toEqualTypeOf<HttpProblem<404>>()
    expectTypeOf(conflict().status).toEqualTypeOf<409>()
    expectTypeOf(serviceUnavailable({ retryAfter: 5 })).toEqualTypeOf<HttpProblem<503>>()
  })

  it('types problem() by its status and refuses non-error statuses', () => {
    expectTypeOf(problem(418)).toEqualTypeOf<HttpProblem<418>>()
    expectTypeOf(problem(499).status).toEqualTypeOf<499>()
    // @ts-expect-error 204 is not an error status
    problem(204)
    // @ts-expect-error 600 is not a status
    problem(600)
  })

  it('requires the header options their status requires', () => {
    expectTypeOf(methodNotAllowed({ allow: ['GET', 'PUT'] })).toEqualTypeOf<HttpProblem<405>>()
    expectTypeOf(methodNotAllowed('read-only', { allow: ['GET'] })).toEqualTypeOf<HttpProblem<405>>()
    // @ts-expect-error Allow is required for 405
    methodNotAllowed()
    // @ts-expect-error Allow is required for 405
    methodNotAllowed('read-only')
    // @ts-expect-error WWW-Authenticate is required for 401
    unauthorized({})
    // @ts-expect-error retryAfter is seconds or a Date
    tooManyRequests({ retryAfter: '30' })
    // The run time never throws for these (the header is left out, with a warning); the types still refuse them.
    // @ts-expect-error WWW-Authenticate is required for 401
    unauthorized()
    // @ts-expect-error WWW-Authenticate is required for 401, also after a detail
    unauthorized('Sign in.')
    // @ts-expect-error Proxy-Authenticate is required for 407
    proxyAuthenticationRequired()
    // @ts-expect-error Upgrade is required for 426
    upgradeRequired({})
    // @ts-expect-error allow is a string or a list of strings
    methodNotAllowed({ allow: 5 })
    expectTypeOf(tooManyRequests({ retryAfter: 1.5 })).toEqualTypeOf<HttpProblem<429>>()
    expectTypeOf(conflict().warnings).toEqualTypeOf<readonly string[]>()
    expectTypeOf(tooManyRequests()).toEqualTypeOf<HttpProblem<429>>()
  })

  it('does not accept options first on builders without header options', () => {
    // @ts-expect-error conflict takes (detail?, options?)
    conflict({ instance: '/orders/7' })
  })

  it('types validationProblem', () => {
    expectTypeOf(validationProblem([])).toEqualTypeOf<HttpProblem<400, ValidationExtensions>>()
    expectTypeOf(validationProblem([], { status: 422 }).status).toEqualTypeOf<422>()
    // @ts-expect-error only 400 and 422
    validationProblem([], { status: 409 })
  })

  it('has readonly fields and a literal name', () => {
    expectTypeOf(conflict().name).toEqualTypeOf<'HttpProblem'>()
    const p = conflict()
    // @ts-expect-error status is readonly
    p.status = 409
  })
})
