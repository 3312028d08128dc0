import Fastify from 'fastify'
import { unauthorized } from 'statuskit'
import { problemPlugin } from 'statuskit/fastify'

const app = Fastify()
await app.register(problemPlugin)
app.get('/gis/services', async (req) => {
  const token = req.headers['x-gis-token']
  if (token === undefined) {
    // Fail early with a standard 401 instead of forwarding and getting Esri's 499.
    throw unauthorized('Sign in to the GIS portal first.', { wwwAuthenticate: 'Bearer realm="gis"' })
  }
  const r = await fetch('https://gis.example.com/arcgis/rest/services?f=json', {
    headers: { 'x-esri-authorization': 'Bearer ' + String(token) },
  })
  return r.json()
})
