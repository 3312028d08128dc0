import { describe, expect, it } from 'vitest'
import { isIdempotentMethod } from 'statuskit'

describe('isIdempotentMethod', () => {
  it.each(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE', 'get', 'Put', 'delete'])('%s is idempotent', (method) => {
    expect(isIdempotentMethod(method)).toBe(true)
  })

  it.each(['POST', 'PATCH', 'CONNECT', 'post', '', ' GET', 'GET ', 'GETS', 'QUERY', 'PROPFIND'])('%j is not', (method) => {
    expect(isIdempotentMethod(method)).toBe(false)
  })

  it.each([undefined, null, 1, {}, ['GET']])('%s (not a string) is not', (method) => {
    expect(isIdempotentMethod(method)).toBe(false)
  })
})
