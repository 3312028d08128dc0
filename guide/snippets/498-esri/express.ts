import express from 'express'
import { unauthorized } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A proxy in front of ArcGIS: turn Esri's 498 into a standard 401 for your clients.
const app = express()
app.get('/maps/query', async (req, res) => {
  const upstream = await fetch('https://gis.example.com/arcgis/rest/services/Parcels/MapServer/0/query?f=json&where=1%3D1', {
    headers: { 'x-esri-authorization': 'Bearer ' + (req.get('x-gis-token') ?? '') },
  })
  const body = (await upstream.json()) as { error?: { code?: number } }
  if (upstream.status === 498 || body.error?.code === 498) {
    throw unauthorized('The GIS token is invalid or expired.', { wwwAuthenticate: 'Bearer error="invalid_token"' })
  }
  res.json(body)
})
app.use(problemHandler())
