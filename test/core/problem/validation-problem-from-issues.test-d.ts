import { type } from 'arktype'
import * as v from 'valibot'
import { describe, expectTypeOf, it } from 'vitest'
import * as z from 'zod'
import { validationProblem, type HttpProblem, type ValidationExtensions } from 'statuskit'

describe('validationProblem.fromIssues types', () => {
  it('takes the issues of any Standard Schema result', async () => {
    for (const schema of [z.object({ a: z.string() }), v.object({ a: v.string() }), type({ a: 'string' })]) {
      const result = await schema['~standard'].validate({})
      if (result.issues) expectTypeOf(validationProblem.fromIssues(result.issues)).toEqualTypeOf<HttpProblem<400, ValidationExtensions>>()
    }
    const zodResult = z.object({ a: z.string() }).safeParse({})
    if (!zodResult.success) validationProblem.fromIssues(zodResult.error.issues)
  })

  it('keeps the literal status, and only 400 or 422', () => {
    expectTypeOf(validationProblem.fromIssues([], { status: 422 })).toEqualTypeOf<HttpProblem<422, ValidationExtensions>>()
    // @ts-expect-error 409 is not a validation status
    validationProblem.fromIssues([], { status: 409 })
    // @ts-expect-error an issue needs a message
    validationProblem.fromIssues([{ path: ['a'] }])
  })
})
