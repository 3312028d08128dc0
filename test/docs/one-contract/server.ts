// server.ts: a web-standard handler (Bun, Deno, Workers, Next route handlers, Hono)
import { toProblem, validationProblem } from 'statuskit'
import { OrderUpdate, versionConflict } from './contract.js'

const versions = new Map([['7', 8]])

async function putOrder(id: string, request: Request): Promise<Response> {
  const result = OrderUpdate.safeParse(await request.json())
  if (!result.success) throw validationProblem.fromIssues(result.error.issues, { status: 422 })
  const currentVersion = versions.get(id) ?? 1
  const yourVersion = result.data.version
  if (yourVersion !== currentVersion) {
    throw versionConflict(`Order ${id} is at version ${currentVersion}; you sent version ${yourVersion}.`, {
      instance: `/orders/${id}`,
      extensions: { currentVersion, yourVersion },
    })
  }
  versions.set(id, currentVersion + 1)
  return new Response(null, { status: 204 })
}

export async function handle(request: Request): Promise<Response> {
  try {
    const id = new URL(request.url).pathname.split('/')[2] ?? ''
    return await putOrder(id, request)
  } catch (error) {
    return toProblem(error).toResponse() // a thrown problem as is; anything else a 500 without details
  }
}
