import { describe, expectTypeOf, it } from 'vitest'
import type { MonitoringDecision, RetryStrategy, StatusVendor } from 'statuskit'
import { explain, listGuides, type GuideSummary, type StatusGuide } from 'statuskit/guide'

describe('StatusGuide types', () => {
  it('explain returns a StatusGuide with classifier-typed contract fields', () => {
    const guide = explain(409)
    expectTypeOf(guide).toEqualTypeOf<StatusGuide>()
    expectTypeOf(guide.clientContract.retry.strategy).toEqualTypeOf<RetryStrategy>()
    expectTypeOf(guide.clientContract.monitoring.server).toEqualTypeOf<MonitoringDecision>()
    expectTypeOf(guide.vendor).toEqualTypeOf<StatusVendor | undefined>()
  })

  it('accepts only known vendors', () => {
    explain(499, 'esri')
    // @ts-expect-error 'acme' is not a StatusVendor
    explain(499, 'acme')
  })

  it('guides are read-only', () => {
    const guide = explain(204)
    // @ts-expect-error readonly
    guide.summary = 'changed'
    // @ts-expect-error readonly array
    guide.whenToUse.push('x')
  })

  it('listGuides filters by a status class', () => {
    expectTypeOf(listGuides({ class: '4xx' })).toEqualTypeOf<readonly GuideSummary[]>()
    // @ts-expect-error not a class
    listGuides({ class: '6xx' })
  })
})
