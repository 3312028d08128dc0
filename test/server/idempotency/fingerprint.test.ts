import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { fingerprintOf } from '../../../src/server/idempotency/fingerprint.js'

const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64')

describe('fingerprintOf', () => {
  it('is the SHA-256 of "METHOD target\\n" and the body bytes, in base64', async () => {
    expect(await fingerprintOf('post', '/orders?x=1', '{"sku":"A1"}')).toBe(sha256('POST /orders?x=1\n{"sku":"A1"}'))
  })

  it('takes bytes as they are, a parsed object as its JSON text, null and undefined as nothing', async () => {
    const expected = sha256('POST /orders\n{"sku":"A1"}')
    expect(await fingerprintOf('POST', '/orders', new TextEncoder().encode('{"sku":"A1"}'))).toBe(expected)
    expect(await fingerprintOf('POST', '/orders', Buffer.from('{"sku":"A1"}'))).toBe(expected)
    expect(await fingerprintOf('POST', '/orders', { sku: 'A1' })).toBe(expected)
    expect(await fingerprintOf('POST', '/orders', undefined)).toBe(sha256('POST /orders\n'))
    expect(await fingerprintOf('POST', '/orders', null)).toBe(sha256('POST /orders\n'))
  })

  it('differs by method, target and body', async () => {
    const base = await fingerprintOf('POST', '/orders', 'a')
    expect(await fingerprintOf('PATCH', '/orders', 'a')).not.toBe(base)
    expect(await fingerprintOf('POST', '/orders/1', 'a')).not.toBe(base)
    expect(await fingerprintOf('POST', '/orders', 'b')).not.toBe(base)
  })

  it('does not throw on a body JSON cannot serialize', async () => {
    const cyclic: Record<string, unknown> = {}
    cyclic['self'] = cyclic
    expect(await fingerprintOf('POST', '/', cyclic)).toBe(sha256('POST /\n[object Object]'))
    expect(await fingerprintOf('POST', '/', 10n)).toBe(sha256('POST /\n10'))
  })
})
