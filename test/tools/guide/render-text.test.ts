import { describe, expect, it } from 'vitest'
import { explain, renderText } from 'statuskit/guide'

const ESC = '\u001b['

describe('renderText()', () => {
  it('starts with "<code> <phrase>" and the summary', () => {
    const lines = renderText(explain(204), { width: 60 }).split('\n')
    expect(lines[0]).toBe('204 No Content')
    expect(lines[1]).toBe('The request succeeded and there is no body: the response')
  })

  it('wraps prose to the width; only snippet lines may be longer', () => {
    const text = renderText(explain(409), { width: 50 })
    const snippets = text.indexOf('FRAMEWORK SNIPPETS')
    const prose = text.slice(0, snippets) + text.slice(text.indexOf('RELATED CODES'))
    expect(prose.split('\n').filter((line) => line.length > 50 && !/\S{40,}/.test(line))).toEqual([])
  })

  it('clamps absurd widths', () => {
    const narrow = renderText(explain(200), { width: 1 })
    expect(narrow.split('\n').filter((l) => l.length > 40 && !l.startsWith('    ')).length).toBeLessThan(3)
    expect(renderText(explain(200), { width: Number.NaN })).toBe(renderText(explain(200)))
  })

  it('uses no escape codes unless color is set', () => {
    expect(renderText(explain(409))).not.toContain(ESC)
    const colored = renderText(explain(409), { color: true })
    expect(colored).toContain(`${ESC}1;36mMEANING${ESC}0m`)
    expect(colored).toContain(`${ESC}1;4m409 Conflict${ESC}0m`)
  })

  it('prints snippets verbatim, indented, without trailing spaces', () => {
    const text = renderText(explain(204))
    expect(text).toContain("    import { Status } from 'statuskit'\n")
    expect(text.split('\n').filter((l) => / $/.test(l))).toEqual([])
  })

  it('ends with exactly one newline', () => {
    expect(renderText(explain(101))).toMatch(/[^\n]\n$/)
  })
})
