import fastify4 from 'fastify4'
import fastify5 from 'fastify5'
import { problemPlugin } from 'statuskit/fastify'
import { describe, expect, it } from 'vitest'
import { axiosError, gotError, SECRETS } from '../credentials.js'

// Security review 2026-12, defect 3, for every adapter: the log step never carries an HTTP
// client's credentials, here through Fastify's own pino logger.
describe.each([
  { name: 'fastify4', create: fastify4 as unknown as typeof fastify5 },
  { name: 'fastify5', create: fastify5 },
])('the default Fastify logger on $name never writes credentials', ({ create }) => {
  it.each([
    ['axios', axiosError],
    ['got', gotError],
  ])('logs the %s error without its credentials', async (_client, make) => {
    const lines: string[] = []
    const app = create({ logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } } })
    await app.register(problemPlugin)
    app.get('/upstream', async () => {
      throw make()
    })
    const response = await app.inject({ method: 'GET', url: '/upstream' })
    await app.close()
    expect(response.statusCode).toBe(502)
    const logged = lines.join('\n')
    expect(logged).toContain(make().message)
    for (const secret of SECRETS) expect(logged).not.toContain(secret)
  })
})
