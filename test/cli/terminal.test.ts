import { describe, expect, it } from 'vitest'
import { terminalWidth, useColor } from '../../src/cli/terminal.js'

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
