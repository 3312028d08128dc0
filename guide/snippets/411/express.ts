import express from 'express'
import { lengthRequired } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.put('/files/:name', (req, res) => {
  if (req.get('content-length') === undefined) {
    throw lengthRequired('Uploads must declare their size in Content-Length.', {
      headers: { connection: 'close' },
    })
  }
  req.resume().on('end', () => { res.status(201).end() })
})
app.use(problemHandler())
