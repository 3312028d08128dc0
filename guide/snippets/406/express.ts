import express from 'express'
import { notAcceptable } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.get('/reports/:id', (req, res) => {
  const type = req.accepts(['application/json', 'text/csv'])
  if (type === false) {
    throw notAcceptable('Reports are available as application/json or text/csv.', {
      extensions: { available: ['application/json', 'text/csv'] },
    })
  }
  res.vary('Accept').type(type).send(type === 'text/csv' ? 'id\n7\n' : { id: 7 })
})
app.use(problemHandler())
