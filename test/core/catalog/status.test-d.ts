import { describe, expectTypeOf, it } from 'vitest'
import { Status, isStatusCode, statusClass, type ErrorStatus, type StatusClass, type StatusCode } from 'statuskit'

describe('catalog types', () => {
  it('StatusCode accepts 409 and rejects 299 and 499', () => {
    expectTypeOf<409>().toExtend<StatusCode>()
    expectTypeOf<299>().not.toExtend<StatusCode>()
    expectTypeOf<499>().not.toExtend<StatusCode>()
    const ok: StatusCode = 409
    // @ts-expect-error 299 is not registered
    const a: StatusCode = 299
    // @ts-expect-error 499 is an nginx log code
    const b: StatusCode = 499
    void [ok, a, b]
  })

  it('Status.CONFLICT has the literal type 409', () => {
    expectTypeOf(Status.CONFLICT).toEqualTypeOf<409>()
    expectTypeOf(Status.CONTENT_TOO_LARGE).toEqualTypeOf<413>()
  })

  it('ErrorStatus spans 400 to 599', () => {
    expectTypeOf<499>().toExtend<ErrorStatus>()
    expectTypeOf<400>().toExtend<ErrorStatus>()
    expectTypeOf<599>().toExtend<ErrorStatus>()
    expectTypeOf<399>().not.toExtend<ErrorStatus>()
    expectTypeOf<600>().not.toExtend<ErrorStatus>()
  })

  it('isStatusCode narrows and statusClass returns the class union', () => {
    const n: number = 409
    if (isStatusCode(n)) expectTypeOf(n).toEqualTypeOf<StatusCode>()
    expectTypeOf(statusClass(409)).toEqualTypeOf<StatusClass>()
  })
})
