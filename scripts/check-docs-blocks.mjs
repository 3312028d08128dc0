// Finds the TypeScript blocks of a Markdown file and reads what their info string says.
// Used by scripts/check-docs.mjs; the conventions are documented there.

/**
 * One fenced TypeScript block.
 * @typedef {object} DocBlock
 * @property {string} doc - The Markdown file, relative to the repository (`README.md`).
 * @property {number} line - The 1-based line of the block's first code line in that file.
 * @property {string} code - The code, without the fences.
 * @property {string | undefined} file - `file=NAME.ts`: the module name other blocks import.
 * @property {boolean} fragment - `fragment`: names of the root entry it uses are imported for it.
 * @property {string | undefined} skip - `skip: reason`: not checked, for the reason given.
 * @property {boolean} runnable - `runnable`: run with node after the type check.
 * @property {boolean} server - `server` (with `runnable`): exports `app`, started on loopback.
 * @property {string | undefined} output - The `text output` block after it (before any other block): what it prints.
 */

const FENCE = /^(```+|~~~+)\s*(.*)$/

/**
 * Lists the `ts`/`typescript` blocks of one Markdown text.
 * @param {string} doc - The file's path, for messages.
 * @param {string} text - Its content.
 * @returns {DocBlock[]}
 */
export function findTypeScriptBlocks(doc, text) {
  const lines = text.split('\n')
  /** @type {DocBlock[]} */
  const blocks = []
  /** The block a `text output` block may belong to: the code block just before it. */
  let previous
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index] ?? '')
    if (!open) continue
    const [, fence = '```', info = ''] = open
    const end = lines.findIndex((line, at) => at > index && line.startsWith(fence) && line.slice(fence.length).trim() === '')
    if (end === -1) throw new Error(`${doc}:${index + 1}: a code block that never closes`)
    const [language = '', ...words] = info.trim().split(/\s+/)
    if (language === 'ts' || language === 'typescript') {
      previous = { doc, line: index + 2, code: lines.slice(index + 1, end).join('\n'), ...readInfo(doc, index + 1, words) }
      blocks.push(previous)
    } else if (language === 'text' && words[0] === 'output') {
      if (!previous?.runnable || previous.output !== undefined) {
        throw new Error(`${doc}:${index + 1}: a \`text output\` block must come right after a \`ts runnable\` block (prose between is fine)`)
      }
      previous.output = lines.slice(index + 1, end).join('\n')
    } else {
      previous = undefined
    }
    index = end
  }
  return blocks
}

/**
 * @param {string} doc
 * @param {number} line
 * @param {string[]} words - The info string after the language.
 */
function readInfo(doc, line, words) {
  const rest = words.join(' ')
  const skip = /^skip:\s*(\S.*)$/.exec(rest)?.[1]
  if (words[0] === 'skip' || words[0] === 'skip:') {
    if (!skip) throw new Error(`${doc}:${line}: \`ts skip\` needs its reason: \`ts skip: <why>\``)
    return { file: undefined, fragment: false, skip, runnable: false, server: false, output: undefined }
  }
  let file
  const flags = new Set()
  for (const word of words) {
    if (word.startsWith('file=')) file = word.slice('file='.length)
    else flags.add(word)
  }
  for (const flag of flags) {
    if (!['fragment', 'runnable', 'server'].includes(flag)) throw new Error(`${doc}:${line}: unknown block flag \`${flag}\``)
  }
  if (file !== undefined && !/^[a-z0-9-]+\.ts$/.test(file)) throw new Error(`${doc}:${line}: file= takes a name like problems.ts`)
  if (flags.has('server') && !flags.has('runnable')) throw new Error(`${doc}:${line}: \`server\` goes with \`runnable\``)
  return {
    file,
    fragment: flags.has('fragment'),
    skip: undefined,
    runnable: flags.has('runnable'),
    server: flags.has('server'),
    output: undefined,
  }
}
