import { describe, expect, it } from 'vitest'
import { validationProblem } from 'statuskit'

describe('validationProblem', () => {
  it('builds a 400 with the RFC 9457 errors shape', () => {
    const p = validationProblem([
      { detail: 'must be a positive integer', pointer: '#/age' },
      { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' },
    ])
    expect(JSON.stringify(p)).toBe(
      '{"type":"about:blank","title":"Bad Request","status":400,"errors":[' +
        '{"detail":"must be a positive integer","pointer":"#/age"},' +
        '{"detail":"must be \'green\', \'red\' or \'blue\'","pointer":"#/profile/color"}]}',
    )
  })

  it('allows 422 and a detail', () => {
    const p = validationProblem([{ detail: 'required', pointer: '#/name' }], { status: 422, detail: 'The order is not valid.' })
    expect(p.toJSON()).toMatchObject({ title: 'Unprocessable Content', status: 422, detail: 'The order is not valid.' })
  })

  it('rejects any other status with a RangeError', () => {
    expect(() => validationProblem([], { status: 409 as never })).toThrow(RangeError)
  })

  it('copies only detail, pointer, parameter and header from each issue', () => {
    const p = validationProblem([{ detail: 'too many', parameter: 'limit', secret: 'x' } as never])
    expect(p.toJSON().errors).toStrictEqual([{ detail: 'too many', parameter: 'limit' }])
  })

  it('rejects an issue without a string detail, and a non-array', () => {
    expect(() => validationProblem([{ pointer: '#/a' } as never])).toThrow(/errors\[0\]\.detail/)
    expect(() => validationProblem([{ detail: 'x', pointer: 5 } as never])).toThrow(TypeError)
    expect(() => validationProblem('nope' as never)).toThrow(TypeError)
  })

  it('refuses an errors member in extensions', () => {
    expect(() => validationProblem([], { extensions: { errors: [] } })).toThrow(TypeError)
  })

  it('keeps other extensions', () => {
    expect(validationProblem([], { extensions: { requestId: 'r1' } }).toJSON()).toMatchObject({ requestId: 'r1', errors: [] })
  })
})
