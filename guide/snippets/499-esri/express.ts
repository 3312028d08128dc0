import express from 'express'
import { unauthorized } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A backend proxy for ArcGIS: Esri 499 means the call had no token; ask your client to sign in.
const app = express()
app.get('/gis/services/:name', async (req, res) => {
  const r = await fetch('https://gis.example.com/arcgis/rest/services/' + encodeURIComponent(req.params.name) + '/MapServer?f=json')
  const body = (await r.json()) as { error?: { code?: number } }
  if (r.status === 499 || body.error?.code === 499) {
    throw unauthorized('This map service requires sign-in.', { wwwAuthenticate: 'Bearer realm="gis"' })
  }
  res.json(body)
})
app.use(problemHandler())
