import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express'
import { describe, expectTypeOf, it } from 'vitest'
import type { HttpProblem, LogLevel } from 'statuskit'
import { notFoundHandler, problemHandler, sendProblem, type ProblemLogger } from 'statuskit/express'

describe('statuskit/express types', () => {
  it('returns Express middleware', () => {
    expectTypeOf(problemHandler()).toEqualTypeOf<ErrorRequestHandler>()
    expectTypeOf(notFoundHandler()).toEqualTypeOf<RequestHandler>()
  })

  it('passes the level, the problem and the request to log', () => {
    expectTypeOf<ProblemLogger>().parameters.toEqualTypeOf<[LogLevel, HttpProblem, Request]>()
    problemHandler({ log: false })
    // @ts-expect-error log is a function or false
    problemHandler({ log: 'info' })
  })

  it('sends only problems', () => {
    expectTypeOf(sendProblem).parameters.toEqualTypeOf<[Request, Response, HttpProblem]>()
  })
})
