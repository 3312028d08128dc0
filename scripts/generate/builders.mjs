// The named builders: src/core/problem/builders/client-errors.ts and server-errors.ts, one
// export per record with a `builder`. Titles are literals so one builder bundles alone.
import { citation } from './catalog.mjs'
import { docLines, str } from './emit.mjs'

const pascal = (name) => name[0].toUpperCase() + name.slice(1)
const headerName = (header) => header.toLowerCase()

/** The header value expression of one option, through the shared helpers in header-options.ts and http/. */
function valueExpression(option) {
  const o = `o.${option.name}`
  if (option.kind === 'list') return `listValue(${o}, ${str(option.name)})`
  if (option.kind === 'retry-after') return `retryAfterValue(${o})`
  if (option.kind === 'blocked-by') return `\`<\${${o}}>; rel="blocked-by"\``
  return o
}

function headersExpression(b) {
  const options = b.options ?? []
  const fixed = Object.entries(b.fixedHeaders ?? {}).map(([h, v]) => `${str(headerName(h))}: ${str(v)}`)
  const required = options.filter((o) => o.required).map((o) => `${str(headerName(o.header))}: ${valueExpression(o)}`)
  const optional = options.filter((o) => !o.required)
  if (optional.length > 1 || (optional.length && (required.length || fixed.length))) {
    throw new Error(`builder ${b.name}: one optional header option alone is supported; extend scripts/generate/builders.mjs`)
  }
  if (optional.length) {
    const [o] = optional
    return `o.${o.name} === undefined ? undefined : { ${str(headerName(o.header))}: ${valueExpression(o)} }`
  }
  const all = [...required, ...fixed]
  return all.length ? `{ ${all.join(', ')} }` : undefined
}

function optionsInterface(r, b) {
  const name = `${pascal(b.name)}Options`
  const call = b.example.match(/\((\{.*\})\)/)?.[1] ?? '{}'
  const fields = b.options.map((o) => `  /** ${o.doc} */\n  readonly ${o.name}${o.required ? '' : '?'}: ${o.type}${o.required ? '' : ' | undefined'}`)
  return `/**
 * Options of \`${b.name}()\`: {@link ProblemOptions} plus the ${b.options.map((o) => `\`${o.name}\``).join(', ')} header value.
 *
 * @example
 * \`\`\`ts
 * import { ${b.name}, type ${name} } from 'statuskit'
 * const options: ${name} = ${call}
 * throw ${b.name}(options)
 * \`\`\`
 */
export interface ${name} extends ProblemOptions {
${fields.join('\n')}
}
`
}

/** The TSDoc lines, continuing `@returns`, that say how a bad header option is handled: left out with a warning, never thrown. */
function neverThrowsLine(o) {
  if (o.kind === 'retry-after') {
    return `\n *   Never throws: \`${o.name}\` is any non-negative number of seconds (a fraction is\n *   rounded up) or a valid Date; anything else leaves the header out, and the problem's\n *   \`warnings\` say why.`
  }
  if (o.required) {
    return `\n *   Never throws: without a valid \`${o.name}\` (a missing option, a value with CR, LF or a\n *   character above U+00FF) the header is left out, and the problem's \`warnings\` say why.`
  }
  return `\n *   Never throws: an invalid \`${o.name}\` (a value with CR, LF or a character above U+00FF)\n *   leaves the header out, and the problem's \`warnings\` say why.`
}

/** A related record as the TSDoc names it: `413`, or `499 (nginx)` for "nginx:499". */
function relatedName(id) {
  if (typeof id === 'number') return String(id)
  const [vendor, code] = id.split(':')
  return `${code} (${vendor})`
}

function builderSource(r) {
  const b = r.builder
  const server = r.code >= 500
  const optionsType = b.options ? `${pascal(b.name)}Options` : 'ProblemOptions'
  const paragraphs = [`Builds a ${r.code} ${r.phrase} problem: ${b.summary}`]
  if (server) paragraphs[0] += ' `detail` is not sent unless `expose: true`.'
  for (const o of b.options ?? []) {
    const row = r.requiredHeaders.find((h) => h.name === o.header)
    paragraphs.push(`\`${o.name}\`${o.required ? ' (required)' : ''} sets \`${o.header}\`${row ? ` (${row.level}${row.condition ? ` ${row.condition}` : ''}, ${row.reference})` : ''}.`)
  }
  for (const [h, v] of Object.entries(b.fixedHeaders ?? {})) {
    const row = r.requiredHeaders.find((x) => x.name === h)
    paragraphs.push(`Always sets \`${h}: ${v}\`${row ? ` (${row.level}, ${row.reference})` : ''}.`)
  }
  if (b.options) paragraphs.push(`Call it as \`${b.name}(options)\` or \`${b.name}(detail, options)\`.`)
  if (b.note) paragraphs.push(b.note)
  if (r.related.length) paragraphs.push(`Related: ${r.related.map(relatedName).join(', ')}.`)
  const detailDoc = `Explanation of this occurrence, sent to the client${server ? ' only with `expose: true`' : ''}. No secrets.`
  const optionNames = (b.options ?? []).map((o) => `\`${o.name}\`${o.required ? ' (required)' : ''}`)
  const optionsDoc = `${optionNames.length ? `${optionNames.join(', ')}, then ` : ''}\`type\`, \`instance\`, extension members, headers and \`cause\`.`
  const params = b.options
    ? [` * @param args - \`(options)\` or \`(detail, options)\`. \`detail\`: ${detailDoc} \`options\`: ${optionsDoc}`]
    : [` * @param detail - ${detailDoc}`, ` * @param options - ${optionsDoc}`]
  const see = b.see ? `\n * @see {@link ${b.see.url} | ${b.see.label}}` : ''
  const neverThrows = (b.options ?? []).map((o) => neverThrowsLine(o)).join('')
  const doc = `/**
${docLines(paragraphs.join('\n\n'))}
 *
${params.join('\n')}
 * @returns An {@link HttpProblem} with status ${r.code} and title "${r.phrase}".${neverThrows}
 *
 * @example
 * \`\`\`ts
 * import { ${b.name} } from 'statuskit'
${b.example.split('\n').map((l) => ` * ${l}`).join('\n')}
 * \`\`\`${see}
 */`
  const headers = headersExpression(b)
  const call = `build(${r.code}, ${str(r.phrase)}, detail, options${headers ? `, ${headers}` : ''})`
  let fn
  if (!b.options) {
    fn = `export function ${b.name}(detail?: string, options?: ProblemOptions): HttpProblem<${r.code}> {\n  return ${call}\n}`
  } else {
    const required = b.options.find((o) => o.required)
    const args = required
      ? `[options: ${optionsType}] | [detail: string | undefined, options: ${optionsType}]`
      : `[options?: ${optionsType}] | [detail?: string, options?: ${optionsType}]`
    fn = `export function ${b.name}(...args: ${args}): HttpProblem<${r.code}> {
  const [detail, options] = args
  const o = optionsOf(detail, options, ${required ? str(required.name) : 'undefined'})
  return ${call}
}`
  }
  const aliases = (b.aliases ?? []).map(
    (alias) => `
/**
 * Alias of \`${b.name}()\`. ${r.code} was called "${r.aliases[0] ?? alias}" before RFC 9110.
 *
 * @example
 * \`\`\`ts
 * import { ${b.name} } from 'statuskit'
 * throw ${b.name}()
 * \`\`\`
 * @deprecated Use \`${b.name}()\` (RFC 9110 §15 phrase).
 */
export const ${alias} = ${b.name}
`,
  )
  return `${b.options ? optionsInterface(r, b) + '\n' : ''}${doc}\n${fn}\n${aliases.join('')}`
}

function file(records, kind) {
  const uses = (pred) => records.some((r) => (r.builder.options ?? []).some(pred))
  const imports = [`import { build } from './build.js'`]
  const helpers = [uses(() => true) && 'optionsOf', uses((o) => o.kind === 'list') && 'listValue'].filter(Boolean)
  if (helpers.length) imports.push(`import { ${helpers.join(', ')} } from './header-options.js'`)
  if (uses((o) => o.kind === 'retry-after')) imports.push(`import { retryAfterValue } from '../../http/retry-after-value.js'`)
  imports.push(`import type { HttpProblem } from '../http-problem.js'`, `import type { ProblemOptions } from '../problem-options.js'`)
  const skipped = kind === '4xx' ? '418 "(Unused)" (RFC 9110 §15.5.19 reserves it)' : '510 Not Extended (RFC 2774 is Historic; IANA marks it obsolete)'
  return `${imports.join('\n')}

// One builder for every registered ${kind} code still in use (records with a \`builder\`);
// none for ${skipped}: use problem(${kind === '4xx' ? 418 : 510}) if you must.

${records.map(builderSource).join('\n')}`
}

export function builderFiles(records) {
  const withBuilder = records.filter((r) => r.builder)
  return [
    { path: 'src/core/problem/builders/client-errors.ts', source: 'data/statuses/4xx records (builder, phrase, requiredHeaders)', text: file(withBuilder.filter((r) => r.code < 500), '4xx') },
    { path: 'src/core/problem/builders/server-errors.ts', source: 'data/statuses/5xx records (builder, phrase, requiredHeaders)', text: file(withBuilder.filter((r) => r.code >= 500), '5xx') },
  ]
}
void citation
