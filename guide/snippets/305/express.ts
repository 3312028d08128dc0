import express from 'express'
import { badGateway, Status } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A gateway that meets a 305 upstream reports it instead of following it.
const app = express()
app.get('/partner/:id', async (req, res) => {
  const upstream = await fetch('https://partner.example.com/items/' + req.params.id, { redirect: 'manual' })
  if (upstream.status === Status.USE_PROXY) {
    throw badGateway('The partner API answered 305 Use Proxy, which is deprecated and never followed.')
  }
  res.status(upstream.status).type(upstream.headers.get('content-type') ?? 'application/json').send(await upstream.text())
})
app.use(problemHandler())
app.listen(3000)
