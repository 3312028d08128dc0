import express from 'express'
import { badGateway, statusInfo } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A gateway that refuses to relay reserved or deprecated codes (305, 306, ...).
const app = express()
app.get('/mirror/*path', async (req, res) => {
  const upstream = await fetch('https://origin.example.com' + req.path, { redirect: 'manual' })
  if (statusInfo(upstream.status).deprecated) {
    throw badGateway('Upstream answered ' + upstream.status + ', a code that must not be used.')
  }
  res.status(upstream.status).send(Buffer.from(await upstream.arrayBuffer()))
})
app.use(problemHandler())
app.listen(3000)
