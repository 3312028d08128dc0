/**
 * Reads the guide sources: `guide/<code>.md` or `guide/<code>-<vendor>.md` (YAML front
 * matter for the structured parts, `##` sections for the prose) and the framework
 * snippets in `guide/snippets/<code>[-<vendor>]/`. Pure apart from reading files; every
 * format error names the file (and line) and says what is expected. The format is
 * described in guide/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'

/** Snippet files of every guide: framework key, file name. */
export const SNIPPETS = [
  ['express', 'express.ts'],
  ['fastify', 'fastify.ts'],
  ['django', 'django.py'],
  ['spring', 'spring.java'],
  ['fastapi', 'fastapi.py'],
  ['go', 'go.go'],
]

/** `##` sections of a guide file: title, field, kind, required. */
export const SECTIONS = [
  ['Meaning', 'meaning', 'paragraph', true],
  ['What it guarantees', 'guarantees', 'bullets', true],
  ['What it does not guarantee', 'doesNotGuarantee', 'bullets', true],
  ['When to use it', 'whenToUse', 'bullets', true],
  ['Client can assume', 'canAssume', 'bullets', true],
  ['Client must not assume', 'mustNotAssume', 'bullets', true],
  ['What an inspector checks', 'inspectorSignals', 'bullets', false],
  ['What to check by hand', 'manualChecks', 'bullets', false],
  ['Correctness warnings', 'correctnessWarnings', 'bullets', false],
  ['Debugging', 'debugging', 'ordered', true],
  ['FAQ', 'faq', 'faq', true],
]

const FRONT_KEYS = ['code', 'vendor', 'summary', 'misuses', 'headers', 'tools', 'related', 'references']
const TOOL_KEYS = ['browsers', 'apiClients', 'crawlers', 'uptimeMonitors', 'cdns']

/** A format error in one guide source file. */
export class GuideSourceError extends Error {
  constructor(file, message) {
    super(`${file}: ${message}`)
    this.name = 'GuideSourceError'
  }
}

const isText = (value) => typeof value === 'string' && value.trim() !== ''

function text(file, where, value) {
  if (!isText(value)) throw new GuideSourceError(file, `${where} must be a non-empty string`)
  return value.trim().replace(/\s+/g, ' ')
}

function records(file, where, value, keys, optional = []) {
  if (!Array.isArray(value) || value.length === 0) throw new GuideSourceError(file, `${where} must be a non-empty list`)
  return value.map((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new GuideSourceError(file, `${where}[${i}] must be a mapping with ${keys.join(', ')}`)
    }
    for (const key of Object.keys(item)) {
      if (!keys.includes(key) && !optional.includes(key)) throw new GuideSourceError(file, `${where}[${i}] has an unknown key "${key}"`)
    }
    const out = {}
    for (const key of keys) out[key] = key === 'code' ? code(file, `${where}[${i}].code`, item[key]) : text(file, `${where}[${i}].${key}`, item[key])
    for (const key of optional) if (item[key] !== undefined) out[key] = text(file, `${where}[${i}].${key}`, item[key])
    return out
  })
}

function code(file, where, value) {
  if (!Number.isInteger(value) || value < 100 || value > 599) throw new GuideSourceError(file, `${where} must be an integer from 100 to 599`)
  return value
}

/** Parses the YAML front matter; returns it and the line where the body starts. */
function frontMatter(file, source) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source)
  if (match === null) throw new GuideSourceError(file, 'must start with YAML front matter between two "---" lines')
  let data
  try {
    data = parseYaml(match[1])
  } catch (error) {
    throw new GuideSourceError(file, `front matter is not valid YAML: ${error.message.split('\n')[0]}`)
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new GuideSourceError(file, 'front matter must be a mapping')
  for (const key of Object.keys(data)) {
    if (!FRONT_KEYS.includes(key)) throw new GuideSourceError(file, `unknown front-matter key "${key}" (expected ${FRONT_KEYS.join(', ')})`)
  }
  return { data, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length }
}

/** Items of a bullet (`- `) or ordered (`1. `) list; an indented line continues the item above. */
function listItems(file, title, lines, ordered) {
  const marker = ordered ? /^\d+\.\s+/ : /^-\s+/
  const items = []
  for (const { line, at } of lines) {
    if (line.trim() === '') continue
    if (marker.test(line)) items.push(line.replace(marker, ''))
    else if (/^\s+\S/.test(line) && items.length > 0) items[items.length - 1] += ` ${line.trim()}`
    else throw new GuideSourceError(file, `line ${at}: section "${title}" holds a ${ordered ? 'numbered ("1. ")' : 'bullet ("- ")'} list; got "${line.slice(0, 60)}"`)
  }
  return items.map((item) => item.trim().replace(/\s+/g, ' '))
}

function paragraph(file, title, lines) {
  const nonEmpty = lines.filter(({ line }) => line.trim() !== '')
  const first = nonEmpty[0]
  if (first === undefined) return ''
  const gap = lines.findIndex(({ line }, i) => line.trim() === '' && i > lines.indexOf(first) && lines.slice(i).some((l) => l.line.trim() !== ''))
  if (gap >= 0) throw new GuideSourceError(file, `line ${lines[gap]?.at}: section "${title}" is one paragraph; remove the blank line`)
  return nonEmpty.map(({ line }) => line.trim()).join(' ')
}

function faq(file, lines) {
  const entries = []
  for (const { line, at } of lines) {
    if (line.startsWith('### ')) entries.push({ question: line.slice(4).trim(), answer: [] })
    else if (line.trim() === '') continue
    else if (entries.length === 0) throw new GuideSourceError(file, `line ${at}: FAQ answers follow a "### question" heading`)
    else entries[entries.length - 1].answer.push(line.trim())
  }
  return entries.map(({ question, answer }) => {
    if (question === '' || answer.length === 0) throw new GuideSourceError(file, `FAQ "${question}" needs a question and an answer`)
    return { question, answer: answer.join(' ') }
  })
}

function sections(file, body, bodyLine) {
  const found = new Map()
  let current
  body.split('\n').forEach((line, i) => {
    const at = bodyLine + i
    if (line.startsWith('## ')) {
      const title = line.slice(3).trim()
      const spec = SECTIONS.find(([t]) => t === title)
      if (spec === undefined) throw new GuideSourceError(file, `line ${at}: unknown section "${title}" (expected ${SECTIONS.map(([t]) => `"${t}"`).join(', ')})`)
      if (found.has(title)) throw new GuideSourceError(file, `line ${at}: section "${title}" appears twice`)
      current = { spec, lines: [] }
      found.set(title, current)
    } else if (current !== undefined) current.lines.push({ line, at })
    else if (line.trim() !== '') throw new GuideSourceError(file, `line ${at}: text before the first "##" section`)
  })
  const out = {}
  for (const [title, field, kind, required] of SECTIONS) {
    const section = found.get(title)
    const lines = section?.lines ?? []
    const value =
      kind === 'paragraph' ? paragraph(file, title, lines) : kind === 'faq' ? faq(file, lines) : listItems(file, title, lines, kind === 'ordered')
    if (required && value.length === 0) throw new GuideSourceError(file, `section "## ${title}" is missing or empty`)
    out[field] = value
  }
  return out
}

/** The rule marker that ends every bullet of "What an inspector checks": `(rule: id)` or `(rules: id, id)`. */
const RULE_MARKER = /\s*\(rules?: ([a-z0-9][a-z0-9.-]*(?:, [a-z0-9][a-z0-9.-]*)*)\)$/

/**
 * The bullets of "What an inspector checks" as `{ text, rules }`: each names the inspector
 * rules (ids of `RULES` in src/tools/inspect/rule-list.ts) that check it; a check no rule makes
 * belongs under "What to check by hand". test/tools/guide/inspector-signals.test.ts checks the ids.
 */
function signals(file, items) {
  return items.map((item) => {
    const match = RULE_MARKER.exec(item)
    if (match === null || match.index === 0) {
      throw new GuideSourceError(file, `"What an inspector checks": end each bullet with the rule that checks it, "(rule: status.409-unexplained)", or move it to "## What to check by hand"; got "${item.slice(0, 60)}"`)
    }
    return { text: item.slice(0, match.index), rules: match[1].split(', ') }
  })
}

/**
 * The guide id of a file name: `409` or `499-esri`.
 *
 * @param entry - `{ code, vendor? }`.
 * @returns The id.
 */
export const guideId = (entry) => (entry.vendor === undefined ? String(entry.code) : `${entry.code}-${entry.vendor}`)

function snippets(root, file, id) {
  const dir = join(root, 'guide', 'snippets', id)
  let names
  try {
    names = readdirSync(dir)
  } catch {
    throw new GuideSourceError(file, `has no snippet folder guide/snippets/${id}/`)
  }
  const extra = names.filter((name) => !SNIPPETS.some(([, n]) => n === name))
  if (extra.length > 0) throw new GuideSourceError(`guide/snippets/${id}/`, `unexpected files ${extra.join(', ')} (expected ${SNIPPETS.map(([, n]) => n).join(', ')})`)
  const out = {}
  for (const [key, name] of SNIPPETS) {
    if (!names.includes(name)) throw new GuideSourceError(`guide/snippets/${id}/`, `is missing ${name}`)
    const source = readFileSync(join(dir, name), 'utf8').replace(/\r\n/g, '\n').replace(/\s+$/, '')
    if (source === '') throw new GuideSourceError(`guide/snippets/${id}/${name}`, 'is empty')
    out[key] = source
  }
  return out
}

/**
 * Parses one guide source into a `GuideEntry` object (the shape of
 * src/tools/guide/guide-entry.ts).
 *
 * @param root - The repository root.
 * @param name - The file name inside guide/, e.g. `409.md`.
 * @returns `{ id, file, entry }`.
 * @throws GuideSourceError on any format error.
 */
export function readGuide(root, name) {
  const file = `guide/${name}`
  const source = readFileSync(join(root, 'guide', name), 'utf8').replace(/\r\n/g, '\n')
  const { data, body, bodyLine } = frontMatter(file, source)
  const entryCode = code(file, 'code', data.code)
  if (data.vendor !== undefined && !/^[a-z][a-z-]*$/.test(String(data.vendor))) throw new GuideSourceError(file, 'vendor must be a lower-case name such as "nginx"')
  const id = guideId({ code: entryCode, vendor: data.vendor })
  if (name !== `${id}.md`) throw new GuideSourceError(file, `its front matter says ${id}; name the file ${id}.md`)
  const tools = data.tools
  if (tools === null || typeof tools !== 'object' || Array.isArray(tools)) throw new GuideSourceError(file, `tools must be a mapping with ${TOOL_KEYS.join(', ')}`)
  for (const key of Object.keys(tools)) if (!TOOL_KEYS.includes(key)) throw new GuideSourceError(file, `tools has an unknown key "${key}"`)
  const prose = sections(file, body, bodyLine)
  if (prose.inspectorSignals.length + prose.manualChecks.length === 0) {
    throw new GuideSourceError(file, 'needs "## What an inspector checks" or "## What to check by hand" (or both)')
  }
  const entry = {
    code: entryCode,
    ...(data.vendor === undefined ? {} : { vendor: data.vendor }),
    summary: text(file, 'summary', data.summary),
    meaning: prose.meaning,
    guarantees: prose.guarantees,
    doesNotGuarantee: prose.doesNotGuarantee,
    whenToUse: prose.whenToUse,
    whenNotToUse: records(file, 'misuses', data.misuses, ['misuse', 'consequence', 'instead']),
    criticalHeaders: records(file, 'headers', data.headers, ['name', 'why', 'ifMissing']),
    toolInterpretation: Object.fromEntries(TOOL_KEYS.map((key) => [key, text(file, `tools.${key}`, tools[key])])),
    inspectorSignals: signals(file, prose.inspectorSignals),
    manualChecks: prose.manualChecks,
    correctnessWarnings: prose.correctnessWarnings,
    debugging: prose.debugging,
    frameworks: snippets(root, file, id),
    clientContract: { canAssume: prose.canAssume, mustNotAssume: prose.mustNotAssume },
    related: records(file, 'related', data.related, ['code', 'difference'], ['vendor']).map(({ code: c, vendor, difference }) =>
      vendor === undefined ? { code: c, difference } : { code: c, vendor, difference },
    ),
    faq: prose.faq,
    references: (Array.isArray(data.references) ? data.references : [undefined]).map((r, i) => text(file, `references[${i}]`, r)),
  }
  return { id, file, entry }
}

/**
 * Every guide source, registered codes first (by code), then vendor codes (by code, then
 * vendor name).
 *
 * @param root - The repository root.
 * @returns `{ id, file, entry }` per guide.
 */
export function readGuides(root) {
  const names = readdirSync(join(root, 'guide')).filter((name) => name.endsWith('.md') && name !== 'README.md')
  const guides = names.map((name) => readGuide(root, name))
  const dirs = readdirSync(join(root, 'guide', 'snippets'))
  const orphans = dirs.filter((dir) => !guides.some((g) => g.id === dir))
  if (orphans.length > 0) throw new GuideSourceError('guide/snippets/', `folders without a guide: ${orphans.join(', ')}`)
  const rank = (g) => (g.entry.vendor === undefined ? 0 : 1)
  return guides.sort((a, b) => rank(a) - rank(b) || a.entry.code - b.entry.code || (a.entry.vendor ?? '').localeCompare(b.entry.vendor ?? ''))
}
