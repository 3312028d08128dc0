import type { Express, NextFunction, Request, Response } from 'express'
import express5 from 'express5'
import express4 from 'express4'
import { inspect } from 'node:util'
import { problemHandler } from 'statuskit/express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axiosError, gotError, SECRETS } from '../credentials.js'
import { listen, type Loopback } from './listen.js'

// Security review 2026-12, defect 3: the default logger printed an HTTP client's outgoing
// Authorization header and api_key query through console.error(problem).
describe.each([
  { name: 'express4', express: express4 },
  { name: 'express5', express: express5 },
])('the default Express logger on $name never prints credentials', ({ express }) => {
  let server: Loopback
  const printed: string[] = []
  const pino: string[] = []
  const original = console.error

  beforeAll(async () => {
    console.error = (...args: unknown[]) => void printed.push(args.map((arg) => inspect(arg, { depth: 8, showHidden: true })).join(' '))
    const app: Express = express()
    app.use('/pino', (req: Request, _res: Response, next: NextFunction) => {
      // pino-http's req.log; JSON.stringify stands for pino's serializer of `err`.
      Object.assign(req, { log: { error: (object: unknown, message: string) => void pino.push(`${JSON.stringify(object)} ${inspect(object, { depth: 8 })} ${message}`) } })
      next()
    })
    app.get(['/axios', '/pino/axios'], () => {
      throw axiosError()
    })
    app.get(['/got', '/pino/got'], () => {
      throw gotError()
    })
    app.use(problemHandler())
    server = await listen(app)
  })

  afterAll(async () => {
    console.error = original
    await server.close()
  })

  it.each(['axios', 'got'])('prints the %s error name, message and stack, without its credentials', async (client) => {
    printed.length = 0
    pino.length = 0
    for (const path of [`/${client}`, `/pino/${client}`]) {
      const response = await fetch(`${server.url}${path}`)
      expect(await response.text()).toBe('{"type":"about:blank","title":"Bad Gateway","status":502}')
    }
    expect(printed).toHaveLength(1)
    expect(pino).toHaveLength(1)
    for (const line of [...printed, ...pino]) {
      expect(line).toContain(client === 'axios' ? 'Request failed with status code 401' : 'Response code 401 (Unauthorized)')
      for (const secret of SECRETS) expect(line).not.toContain(secret)
    }
  })
})
