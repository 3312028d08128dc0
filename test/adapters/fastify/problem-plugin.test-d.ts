import type { FastifyPluginCallback, FastifyReply } from 'fastify'
import Fastify from 'fastify'
import { describe, expectTypeOf, it } from 'vitest'
import type { HttpProblem } from 'statuskit'
import { problemPlugin, type ProblemPluginOptions } from 'statuskit/fastify'

describe('statuskit/fastify types', () => {
  it('adds problem(p) to FastifyReply, returning the reply', () => {
    expectTypeOf<FastifyReply['problem']>().toEqualTypeOf<(problem: HttpProblem) => FastifyReply>()
    const reply = {} as FastifyReply
    // @ts-expect-error only an HttpProblem
    reply.problem({ status: 409, title: 'Conflict' })
  })

  it('is a plugin taking ProblemPluginOptions', () => {
    expectTypeOf(problemPlugin).toEqualTypeOf<FastifyPluginCallback<ProblemPluginOptions>>()
    const app = Fastify()
    void app.register(problemPlugin, { log: false })
    void app.register(problemPlugin, { log: (level, problem, request) => request.log[level](problem.title) })
    // @ts-expect-error log is a function or false
    void app.register(problemPlugin, { log: true })
  })
})
