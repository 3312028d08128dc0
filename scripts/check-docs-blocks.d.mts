// Types of scripts/check-docs-blocks.mjs, for its test.
export interface DocBlock {
  doc: string
  line: number
  code: string
  file: string | undefined
  fragment: boolean
  skip: string | undefined
  runnable: boolean
  server: boolean
  output: string | undefined
}
export function findTypeScriptBlocks(doc: string, text: string): DocBlock[]
