import express from 'express'
import { preconditionFailed } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const doc = { etag: '"v7"', body: 'Hello' }
const app = express()
app.put('/docs/42', express.text(), (req, res) => {
  const ifMatch = req.get('if-match')
  if (ifMatch !== undefined && ifMatch !== doc.etag && ifMatch !== '*') {
    throw preconditionFailed('If-Match ' + ifMatch + ' does not match the current version.', {
      headers: { etag: doc.etag },
    })
  }
  doc.body = String(req.body)
  doc.etag = '"v' + (Number(doc.etag.slice(2, -1)) + 1) + '"'
  res.set('etag', doc.etag).status(204).end()
})
app.use(problemHandler())
