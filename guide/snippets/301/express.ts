import express from 'express'
import { Status } from 'statuskit'

const app = express()
// Old blog URLs moved for good. GET traffic only; API writes would need 308.
app.get('/blog/:year/:slug', (req, res) => {
  res.set('cache-control', 'max-age=86400')
  res.redirect(Status.MOVED_PERMANENTLY, '/posts/' + req.params.slug)
})
app.listen(3000)
