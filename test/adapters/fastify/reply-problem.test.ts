import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const here = fileURLToPath(new URL('./', import.meta.url))

let previous: ts.Program | undefined

/**
 * Type-checks one in-memory module placed in this folder, with the project's tsconfig, in
 * a program of its own (a declaration merge, once seen, applies to the whole program).
 */
function diagnose(source: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(`${root}tsconfig.json`, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => undefined,
  })
  if (config === undefined) throw new Error('tsconfig.json could not be read')
  const file = `${here}virtual-app.ts`
  const host = ts.createCompilerHost(config.options)
  const { getSourceFile, fileExists, readFile } = host
  host.fileExists = (name) => name === file || fileExists(name)
  host.readFile = (name) => (name === file ? source : readFile(name))
  host.getSourceFile = (name, version, onError, create) =>
    name === file ? ts.createSourceFile(name, source, version) : getSourceFile(name, version, onError, create)
  const program = ts.createProgram({
    rootNames: [file],
    options: config.options,
    host,
    ...(previous === undefined ? {} : { oldProgram: previous }),
  })
  previous = program
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
}

const app = `
import Fastify from 'fastify'
import { conflict } from 'statuskit'
const app = Fastify()
app.get('/', async (_request, reply) => reply.problem(conflict('x')))
`

// Each case builds a TypeScript program: seconds of work, more on a busy machine.
describe('reply.problem declaration merging', { timeout: 120_000 }, () => {
  it('is unknown to FastifyReply until statuskit/fastify is imported', () => {
    expect(diagnose(app)).toEqual([expect.stringContaining("Property 'problem' does not exist on type 'FastifyReply")])
  })

  it('types reply.problem(p) once statuskit/fastify is imported', () => {
    expect(diagnose(`import 'statuskit/fastify'\n${app}`)).toEqual([])
  })
})
