import Fastify from 'fastify'
import { forbidden } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/admin/audit', async (req) => {
  const scopes = String(req.headers['x-token-scopes'] ?? '').split(' ')
  if (!scopes.includes('audit:read')) {
    throw forbidden('The token lacks the audit:read scope.', {
      headers: { 'www-authenticate': 'Bearer error="insufficient_scope", scope="audit:read"' },
    })
  }
  return { entries: [] }
})
