import express from 'express'
import { Status } from 'statuskit'

const primary = 'https://eu-1.api.example.com'
const app = express()
// During a failover, writes go to the primary region with method and body intact.
app.put('/documents/:id', (req, res) => {
  res.set('cache-control', 'no-store')
  res.redirect(Status.TEMPORARY_REDIRECT, primary + '/documents/' + req.params.id)
})
app.listen(3000)
