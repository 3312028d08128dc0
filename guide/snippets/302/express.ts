import express from 'express'
import { Status } from 'statuskit'

const app = express()
app.get('/account', (req, res) => {
  if (req.headers.cookie?.includes('session=') !== true) {
    res.set('cache-control', 'no-store')
    return res.redirect(Status.FOUND, '/login?next=' + encodeURIComponent(req.originalUrl))
  }
  res.send('Your account')
})
app.listen(3000)
