import type { Request } from 'express'
import type { FastifyRequest } from 'fastify'
import { conflict, type HttpProblem, type LogLevel } from 'statuskit'
import { problemHandler } from 'statuskit/express'
import { problemPlugin, type ProblemPluginOptions } from 'statuskit/fastify'
import { createProblemPipeline, type ProblemLogger, type RequestInfo, type ServerProblem, type ServerProblemOptions } from 'statuskit/server'
import { describe, expectTypeOf, it } from 'vitest'

describe('statuskit/server types', () => {
  it('takes map (one or a list), customize, traceId and log', () => {
    const options: ServerProblemOptions = {
      map: [(error) => (error instanceof RangeError ? conflict(error.message) : undefined)],
      customize: (problem, { request }) => (request.method === 'HEAD' ? problem : undefined),
      traceId: (request) => request.header('x-trace'),
      log: (level, problem, request) => void [level, problem, request],
    }
    expectTypeOf(options.log).toEqualTypeOf<ProblemLogger<RequestInfo> | false | undefined>()
    // @ts-expect-error a mapper answers a problem or undefined
    createProblemPipeline({ map: () => 'conflict' })
    // @ts-expect-error traceId is a boolean or a reader
    createProblemPipeline({ traceId: 'traceparent' })
  })

  it('passes the framework request to log, and RequestInfo to customize', () => {
    problemHandler({
      log: (_level, _problem, req) => {
        expectTypeOf(req).toEqualTypeOf<Request>()
      },
      customize: (_problem, { request }) => {
        expectTypeOf(request).toEqualTypeOf<RequestInfo>()
      },
    })
    expectTypeOf<NonNullable<ProblemPluginOptions['log']>>().parameters.toEqualTypeOf<[LogLevel, HttpProblem, FastifyRequest]>()
    void problemPlugin
  })

  it('returns what an adapter writes', () => {
    expectTypeOf(createProblemPipeline().fromProblem).returns.toEqualTypeOf<ServerProblem>()
    expectTypeOf<ServerProblem['statusText']>().toEqualTypeOf<string>()
    expectTypeOf<ServerProblem['body']>().toEqualTypeOf<string | undefined>()
  })
})
