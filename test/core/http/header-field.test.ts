import { describe, expect, it } from 'vitest'
import { isHeaderName, isHeaderValue } from '../../../src/core/http/header-field.js'

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
  it("agrees with the runtime's Headers on every character 0-255, alone and inside a name", () => {
    const headersAccept = (name: string): boolean => {
      try {
        new Headers([[name, '']])
        return true
      } catch {
        return false
      }
    }
    for (let code = 0; code <= 255; code++) {
      const char = String.fromCharCode(code)
      for (const name of [char, `x${char}y`]) expect(isHeaderName(name), `char ${code}`).toBe(headersAccept(name))
    }
  })
})

describe('isHeaderValue', () => {
  it.each(['', 'GET, PUT', 'Bearer realm="api", error="invalid_token"', 'a\tb', 'ü'])('accepts %j', (value) => {
    expect(isHeaderValue(value)).toBe(true)
  })
  it.each(['a\r\nSet-Cookie: x=1', 'a\nb', 'a\rb', 'a\0b'])('rejects %j (CR, LF or NUL)', (value) => {
    expect(isHeaderValue(value)).toBe(false)
  })
  it.each(['a\x01b', 'a\x1fb', 'a\x7fb', 'a\bb'])('rejects %j (another control character, RFC 9110 §5.5)', (value) => {
    expect(isHeaderValue(value)).toBe(false)
  })
  it.each(['€', 'filename="日本.pdf"', '\u0100'])('rejects %j (above U+00FF: Node would refuse to send it)', (value) => {
    expect(isHeaderValue(value)).toBe(false)
  })
  it('rejects non-strings', () => {
    expect(isHeaderValue(30)).toBe(false)
    expect(isHeaderValue(['a'])).toBe(false)
  })
})
