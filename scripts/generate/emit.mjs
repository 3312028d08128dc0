// Small helpers that print JavaScript values as readable TypeScript literals.

/** A string literal in single quotes. */
export const str = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`

/** A property key: bare when it is an identifier or a number, quoted otherwise. */
export const key = (k) => (/^(?:[A-Za-z_$][\w$]*|\d+)$/.test(String(k)) ? String(k) : str(k))

/** A value literal on one line (strings, numbers, booleans, null, arrays, plain objects). */
export function lit(value) {
  if (value === null) return 'null'
  if (Array.isArray(value)) return `[${value.map(lit).join(', ')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined)
    return entries.length ? `{ ${entries.map(([k, v]) => `${key(k)}: ${lit(v)}`).join(', ')} }` : '{}'
  }
  return typeof value === 'string' ? str(value) : String(value)
}

/** An object literal with one entry a line. */
export function table(entries, indent = '  ') {
  if (!entries.length) return '{}'
  return `{\n${entries.map(([k, v]) => `${indent}${key(k)}: ${typeof v === 'string' && v.startsWith('\u0000') ? v.slice(1) : lit(v)},`).join('\n')}\n}`
}

/** The table key of a record: its number, or `vendor:code` when another vendor owns the number by default. */
export function keyOf(record, records) {
  if (!record.vendor) return record.code
  const first = records.find((r) => r.code === record.code)
  return first === record ? record.code : `${record.vendor}:${record.code}`
}

/** Wraps text into ` * ` comment lines of at most `width` characters. */
export function docLines(text, width = 92) {
  const out = []
  for (const paragraph of text.split('\n\n')) {
    if (out.length) out.push(' *')
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        out.push(` * ${line}`)
        line = word
      } else line = line ? `${line} ${word}` : word
    }
    if (line) out.push(` * ${line}`)
  }
  return out.join('\n')
}
