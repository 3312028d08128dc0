import express from 'express'
import { Status } from 'statuskit'

const version = 7
const app = express()
app.get('/catalog', (req, res) => {
  res.set({ etag: '"v' + version + '"', 'cache-control': 'no-cache', vary: 'Accept-Encoding' })
  // req.fresh compares If-None-Match / If-Modified-Since with the response headers set above.
  if (req.fresh) return void res.status(Status.NOT_MODIFIED).end() // no body
  res.json({ version, items: [] })
})
app.listen(3000)
