import { describe, expect, it } from 'vitest'
import { checkHeader, isHeaderName, isHeaderValue } from '../../src/http/header-field.js'

describe('isHeaderName', () => {
  it.each(['allow', 'WWW-Authenticate', 'x-request-id', "a!#$%&'*+-.^_`|~9"])('accepts the token %j', (name) => {
    expect(isHeaderName(name)).toBe(true)
  })
  it.each(['', 'x y', 'a:b', 'x\r\nSet-Cookie', 'ümlaut', 'a(b)', 'a"b', 'a/b', 'a@b', 'a\tb'])('rejects %j', (name) => {
    expect(isHeaderName(name)).toBe(false)
  })
  it('rejects non-strings', () => {
    expect(isHeaderName(5)).toBe(false)
    expect(isHeaderName(undefined)).toBe(false)
  })
})

describe('isHeaderValue', () => {
  it.each(['', 'GET, PUT', 'Bearer realm="api", error="invalid_token"', 'a\tb', 'ü'])('accepts %j', (value) => {
    expect(isHeaderValue(value)).toBe(true)
  })
  it.each(['a\r\nSet-Cookie: x=1', 'a\nb', 'a\rb', 'a\0b'])('rejects %j (CR, LF or NUL)', (value) => {
    expect(isHeaderValue(value)).toBe(false)
  })
  it('rejects non-strings', () => {
    expect(isHeaderValue(30)).toBe(false)
    expect(isHeaderValue(['a'])).toBe(false)
  })
})

describe('checkHeader', () => {
  it('returns the lower-case name of a valid field', () => {
    expect(checkHeader('Retry-After', '30')).toBe('retry-after')
  })
  it('throws a TypeError naming the header when the value would split the header block', () => {
    expect(() => checkHeader('Location', '/a\r\nSet-Cookie: admin=1')).toThrow(TypeError)
    expect(() => checkHeader('Location', '/a\r\nSet-Cookie: admin=1')).toThrow(/"Location"/)
  })
  it('throws a TypeError for a name that is not a token', () => {
    expect(() => checkHeader('X Bad', 'v')).toThrow(TypeError)
  })
  it('throws a TypeError for a value that is not a string', () => {
    expect(() => checkHeader('x-n', 5)).toThrow(TypeError)
  })
})
