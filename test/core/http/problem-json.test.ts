import { expect, it } from 'vitest'
import { PROBLEM_JSON } from 'statuskit'

it('is the RFC 9457 §6.1 media type', () => {
  expect(PROBLEM_JSON).toBe('application/problem+json')
})
