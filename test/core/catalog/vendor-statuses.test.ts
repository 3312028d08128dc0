import { describe, expect, it } from 'vitest'
import { VENDOR_STATUSES, isStatusCode, vendorStatuses } from 'statuskit'

describe('vendor statuses', () => {
  it('are never registered codes', () => {
    for (const row of VENDOR_STATUSES) expect(isStatusCode(row.code)).toBe(false)
  })

  it('tag every row with a vendor and a source', () => {
    for (const row of VENDOR_STATUSES) {
      expect(row.vendor).toMatch(/^[a-z-]+$/)
      expect(row.source.length).toBeGreaterThan(5)
    }
  })

  it.each([
    [444, 'nginx'],
    [494, 'nginx'],
    [499, 'nginx'],
    [520, 'cloudflare'],
    [530, 'cloudflare'],
    [460, 'aws-elb'],
    [463, 'aws-elb'],
    [561, 'aws-elb'],
    [440, 'iis'],
    [449, 'iis'],
  ])('knows %i from %s', (code, vendor) => {
    expect(vendorStatuses(code).map((r) => r.vendor)).toContain(vendor)
  })

  it('keys collisions by vendor', () => {
    expect(vendorStatuses(499).map((r) => r.vendor)).toEqual(['nginx', 'esri'])
    expect(vendorStatuses(499, 'esri')).toEqual([expect.objectContaining({ phrase: 'Token Required' })])
  })

  it('records that nginx rewrites 494-497 to 400 and never sends 444/499', () => {
    expect(vendorStatuses(495)[0]).toMatchObject({ wire: false, wireAs: 400 })
    expect(vendorStatuses(444)[0]).toMatchObject({ wire: false })
    expect(vendorStatuses(499, 'nginx')[0]).toMatchObject({ wire: false })
  })

  it('answers an empty list for registered or unknown codes', () => {
    expect(vendorStatuses(409)).toEqual([])
    expect(vendorStatuses(42)).toEqual([])
  })
})
