import Fastify from 'fastify'
import { unauthorized } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/layers', async (req) => {
  const r = await fetch('https://gis.example.com/arcgis/rest/services?f=json', {
    headers: { 'x-esri-authorization': 'Bearer ' + String(req.headers['x-gis-token'] ?? '') },
  })
  const body = (await r.json()) as { error?: { code?: number } }
  if (body.error?.code === 498) throw unauthorized('GIS token expired.', { wwwAuthenticate: 'Bearer error="invalid_token"' })
  return body
})
