import { describe, expect, it } from 'vitest'
import { tableWidth, terminalWidth, useColor } from '../../../src/tools/cli/terminal.js'

describe('terminalWidth()', () => {
  it('uses the terminal columns, capped at 100 and at least 40', () => {
    expect(terminalWidth({ isTTY: true, columns: 72 })).toBe(72)
    expect(terminalWidth({ isTTY: true, columns: 250 })).toBe(100)
    expect(terminalWidth({ isTTY: true, columns: 20 })).toBe(40)
  })

  it('uses 80 when the output is not a terminal', () => {
    expect(terminalWidth({ isTTY: false, columns: 200 })).toBe(80)
    expect(terminalWidth({})).toBe(80)
  })
})

describe('tableWidth()', () => {
  it('takes COLUMNS first, then the terminal, and no limit on a pipe', () => {
    expect(tableWidth({ isTTY: false }, { COLUMNS: '120' })).toBe(120)
    expect(tableWidth({ isTTY: true, columns: 90 }, { COLUMNS: '200' })).toBe(200)
    expect(tableWidth({ isTTY: true, columns: 90 }, {})).toBe(90)
    expect(tableWidth({ isTTY: false, columns: 90 }, {})).toBeUndefined()
    expect(tableWidth({ isTTY: false }, { COLUMNS: 'wide' })).toBeUndefined()
    expect(tableWidth({ isTTY: false }, { COLUMNS: '10' })).toBe(40)
  })
})

describe('useColor()', () => {
  it('colours only a TTY without NO_COLOR', () => {
    expect(useColor({ isTTY: true }, {})).toBe(true)
    expect(useColor({ isTTY: false }, {})).toBe(false)
    expect(useColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false)
  })

  it('ignores an empty NO_COLOR (no-color.org)', () => {
    expect(useColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true)
  })
})
