import { describe, expect, it } from 'vitest'
import { redactUrl } from '../../../src/client/fetch/redact-url.js'

describe('redactUrl', () => {
  it.each([
    ['http://127.0.0.1:8080/orders/7?token=s3cret#top', 'http://127.0.0.1:8080/orders/7'],
    ['https://api.example.com/orders/7', 'https://api.example.com/orders/7'],
    ['https://api.example.com/users/@me?x=1', 'https://api.example.com/users/@me'],
    ['http://[::1]:3000/a#b', 'http://[::1]:3000/a'],
    ['https://user:pw@api.example.com/orders?token=t', 'https://api.example.com/orders'],
    ['HTTPS://API.Example.com:443/a?b', 'https://api.example.com/a'],
    ['https://api.example.com', 'https://api.example.com/'],
    ['http://a.example/a\nb?t', 'http://a.example/ab'],
    ['http://a.example:80/x/../y?q', 'http://a.example/y'],
  ])('keeps origin and path only, normalized, without query, fragment or credentials: %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected)
  })

  it('takes URL objects', () => {
    expect(redactUrl(new URL('https://api.example.com/x?y'))).toBe('https://api.example.com/x')
  })

  it.each([['data:text/plain,secret'], ['blob:null/1'], ['/relative?q'], [''], [undefined], [42]])('returns an empty string for %s', (url) => {
    expect(redactUrl(url)).toBe('')
  })

  it('gives each URL its own result when calls alternate (the one-entry cache)', () => {
    const urls = ['https://a.example/x?t=1', '/relative', 'https://b.example/y#f', 'https://a.example/x?t=1', '']
    expect(urls.map(redactUrl)).toEqual(['https://a.example/x', '', 'https://b.example/y', 'https://a.example/x', ''])
  })
})
