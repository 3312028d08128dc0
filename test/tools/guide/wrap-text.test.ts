import { describe, expect, it } from 'vitest'
import { wrapText } from '../../../src/tools/guide/wrap-text.js'

describe('wrapText()', () => {
  it('wraps on spaces with a first-line prefix and a hanging indent', () => {
    expect(wrapText('one two three four five', 12, '    ', '  • ')).toEqual(['  • one two', '    three', '    four', '    five'])
  })

  it('never cuts a word longer than the line', () => {
    expect(wrapText('a https://example.com/very/long/url b', 10, '')).toEqual(['a', 'https://example.com/very/long/url', 'b'])
  })

  it('collapses whitespace and returns the prefix alone for empty text', () => {
    expect(wrapText('  a \n  b ', 80, '')).toEqual(['a b'])
    expect(wrapText('', 80, '  ')).toEqual(['  '])
  })
})
