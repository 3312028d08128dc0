import { guideSections, type GuideSection } from './guide-sections.js'
import type { StatusGuide } from './status-guide.js'
import { wrapText } from './wrap-text.js'

/**
 * Options of {@link renderText}.
 *
 * @example
 * ```ts
 * import type { RenderTextOptions } from 'statuskit/guide'
 * const options: RenderTextOptions = { width: 100, color: false }
 * ```
 */
export interface RenderTextOptions {
  /**
   * Line width in columns; clamped to 40–200.
   *
   * @default 80
   */
  readonly width?: number
  /**
   * Emphasise headings and leads with ANSI escapes (SGR bold and colour).
   *
   * @default false
   */
  readonly color?: boolean
}

type Paint = (text: string, code: string) => string

function rows(s: Extract<GuideSection, { kind: 'rows' }>, width: number, paint: Paint): string[] {
  const labelWidth = Math.max(...s.rows.map(([label]) => label.length)) + 2
  if (width - labelWidth < 30) {
    return s.rows.flatMap(([label, value]) => [`  ${paint(label, '1')}`, ...wrapText(value, width, '    ')])
  }
  const pad = ' '.repeat(2 + labelWidth)
  return s.rows.flatMap(([label, value]) => {
    const [head = '', ...rest] = wrapText(value, width, pad)
    return [`  ${paint(label, '1')}${' '.repeat(labelWidth - label.length)}${head.slice(pad.length)}`, ...rest]
  })
}

function body(s: GuideSection, width: number, paint: Paint): string[] {
  switch (s.kind) {
    case 'text':
      return wrapText(s.text, width, '  ')
    case 'rows':
      return rows(s, width, paint)
    case 'list':
      return s.items.flatMap((it, i) => {
        const first = s.ordered === true ? `  ${i + 1}. ` : '  • '
        const hang = ' '.repeat(first.length)
        if (it.strong === undefined) return wrapText(it.text, width, hang, first)
        const lead = wrapText(it.strong, width, hang, first).map((l, j) => (j === 0 ? first : hang) + paint(l.slice(hang.length), '1'))
        return [...lead, ...wrapText(it.text, width, hang)]
      })
    case 'code':
      return s.blocks.flatMap((b) => [`  ${paint(b.label, '1')}`, ...b.code.trimEnd().split('\n').map((l) => (l.trim() === '' ? '' : `    ${l}`)), ''])
  }
}

/**
 * Renders a guide for a terminal: a title line, the summary, then each non-empty
 * section under an upper-case heading, wrapped to `width` columns with hanging indents.
 * Snippets are printed as written, never wrapped. Colour (ANSI SGR) only when asked:
 * the caller decides from `isTTY` and `NO_COLOR`. Pure.
 *
 * @param guide - A guide from `explain()`.
 * @param options - `width` (default 80) and `color` (default false).
 * @returns The text, ending with a newline.
 *
 * @example
 * ```ts
 * import { explain, renderText } from 'statuskit/guide'
 * const text = renderText(explain(204), { width: 60 })
 * text.split('\n')[0] // '204 No Content'
 * ```
 */
export function renderText(guide: StatusGuide, options: RenderTextOptions = {}): string {
  const requested = typeof options.width === 'number' && Number.isFinite(options.width) ? Math.floor(options.width) : 80
  const width = Math.min(200, Math.max(40, requested))
  const paint: Paint = options.color === true ? (text, code) => `\u001b[${code}m${text}\u001b[0m` : (text) => text
  const vendor = guide.vendor === undefined ? '' : ` (${guide.vendor})`
  const lines = [paint(`${guide.code} ${guide.phrase}${vendor}`, '1;4'), ...wrapText(guide.summary, width, ''), '']
  for (const s of guideSections(guide)) {
    lines.push(paint(s.title.toUpperCase(), '1;36'), ...body(s, width, paint))
    if (lines[lines.length - 1] !== '') lines.push('')
  }
  return `${lines.join('\n').trimEnd()}\n`
}
