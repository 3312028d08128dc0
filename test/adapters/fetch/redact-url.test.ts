import { describe, expect, it } from 'vitest'
import { redactUrl } from '../../../src/adapters/fetch/redact-url.js'

describe('redactUrl', () => {
  it.each([
    ['http://127.0.0.1:8080/orders/7?token=s3cret#top', 'http://127.0.0.1:8080/orders/7'],
    ['https://api.example.com/orders/7', 'https://api.example.com/orders/7'],
    ['https://api.example.com/users/@me?x=1', 'https://api.example.com/users/@me'],
    ['http://[::1]:3000/a#b', 'http://[::1]:3000/a'],
  ])('cuts a serialized response.url at its query: %s', (url, expected) => {
    expect(redactUrl(url, true)).toBe(expected)
    expect(redactUrl(url)).toBe(expected)
  })

  it.each([
    ['https://user:pw@api.example.com/orders?token=t', 'https://api.example.com/orders'],
    ['HTTPS://API.Example.com:443/a?b', 'https://api.example.com/a'],
    ['https://api.example.com', 'https://api.example.com/'],
    ['http://a.example/a\nb?t', 'http://a.example/ab'],
  ])('parses anything else, dropping credentials and normalizing, even when called serialized: %s', (url, expected) => {
    expect(redactUrl(url, true)).toBe(expected)
    expect(redactUrl(url)).toBe(expected)
  })

  it('parses a caller-given URL even when it looks serialized', () => {
    expect(redactUrl('http://a.example:80/x/../y?q')).toBe('http://a.example/y')
    expect(redactUrl(new URL('https://api.example.com/x?y'))).toBe('https://api.example.com/x')
  })

  it.each([['data:text/plain,secret'], ['blob:null/1'], ['/relative?q'], [''], [undefined], [42]])('returns an empty string for %s', (url) => {
    expect(redactUrl(url)).toBe('')
    expect(redactUrl(url, true)).toBe('')
  })
})
