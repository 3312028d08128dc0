import { describe, expect, it } from 'vitest'
import { readIdempotencyKey } from 'statuskit/idempotency'

describe('readIdempotencyKey', () => {
  it.each([
    { value: '8e03978e-40d5-43e8-bc93-6894a57f9324', key: '8e03978e-40d5-43e8-bc93-6894a57f9324' },
    { value: '"8e03978e-40d5-43e8-bc93-6894a57f9324"', key: '8e03978e-40d5-43e8-bc93-6894a57f9324' },
    { value: '  clkyoesmbgybucifusbbtdsbohtyuuwz  ', key: 'clkyoesmbgybucifusbbtdsbohtyuuwz' },
    { value: ['k1'], key: 'k1' },
    { value: 'a'.repeat(255), key: 'a'.repeat(255) },
  ])('reads $value', ({ value, key }) => {
    expect(readIdempotencyKey(value)).toBe(key)
  })

  it.each([undefined, '', '   ', []])('treats %j as no key', (value) => {
    expect(readIdempotencyKey(value)).toBeUndefined()
  })

  it.each(['a b', 'a'.repeat(256), '"a', 'a"b', 'k1, k2', ['k1', 'k2'], 'ключ', 'a\tb', '""', 'a\\b'])('refuses %j', (value) => {
    expect(readIdempotencyKey(value)).toBe(false)
  })
})
