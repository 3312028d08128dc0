// How scripts/check-docs.mjs reads the TypeScript blocks of a Markdown file.
import { describe, expect, it } from 'vitest'
import { findTypeScriptBlocks } from '../../scripts/check-docs-blocks.mjs'

const md = (...lines: string[]): string => lines.join('\n')

describe('findTypeScriptBlocks', () => {
  it('finds ts and typescript blocks with their first code line, and ignores other languages', () => {
    const text = md('# T', '```ts', 'const a = 1', '```', '```sh', 'npm test', '```', '```typescript', 'const b = 2', 'const c = 3', '```')
    const blocks = findTypeScriptBlocks('x.md', text)
    expect(blocks.map(({ line, code }) => ({ line, code }))).toEqual([
      { line: 3, code: 'const a = 1' },
      { line: 9, code: 'const b = 2\nconst c = 3' },
    ])
  })

  it('reads file=, fragment, runnable and server from the info string', () => {
    const text = md('```ts file=problems.ts', 'x', '```', '```ts fragment', 'y', '```', '```ts runnable server', 'z', '```')
    expect(findTypeScriptBlocks('x.md', text).map(({ file, fragment, runnable, server }) => ({ file, fragment, runnable, server }))).toEqual([
      { file: 'problems.ts', fragment: false, runnable: false, server: false },
      { file: undefined, fragment: true, runnable: false, server: false },
      { file: undefined, fragment: false, runnable: true, server: true },
    ])
  })

  it('keeps the reason of a skipped block, and refuses a skip without one', () => {
    expect(findTypeScriptBlocks('x.md', md('```ts skip: needs a browser', 'x', '```'))[0]?.skip).toBe('needs a browser')
    expect(() => findTypeScriptBlocks('x.md', md('```ts skip', 'x', '```'))).toThrow('x.md:1: `ts skip` needs its reason')
  })

  it('attaches a text output block to the runnable block before it, prose between allowed', () => {
    const text = md('```ts runnable', "console.log('hi')", '```', '', 'prints', '', '```text output', 'hi', '```')
    expect(findTypeScriptBlocks('x.md', text)[0]?.output).toBe('hi')
  })

  it('refuses an output block after a block that does not run, or after another block', () => {
    expect(() => findTypeScriptBlocks('x.md', md('```ts', 'x', '```', '```text output', 'hi', '```'))).toThrow('x.md:4:')
    expect(() => findTypeScriptBlocks('x.md', md('```ts runnable', 'x', '```', '```sh', 'y', '```', '```text output', 'hi', '```'))).toThrow('x.md:7:')
  })

  it('refuses unknown flags, server without runnable, and a block that never closes', () => {
    expect(() => findTypeScriptBlocks('x.md', md('```ts runable', 'x', '```'))).toThrow('unknown block flag `runable`')
    expect(() => findTypeScriptBlocks('x.md', md('```ts server', 'x', '```'))).toThrow('`server` goes with `runnable`')
    expect(() => findTypeScriptBlocks('x.md', md('```ts', 'x'))).toThrow('x.md:1: a code block that never closes')
  })
})
