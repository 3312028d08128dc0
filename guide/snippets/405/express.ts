import express from 'express'
import { methodNotAllowed } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.route('/invoices/:id')
  .get((req, res) => { res.json({ id: req.params.id }) })
  .all(() => {
    throw methodNotAllowed('Invoices cannot be changed; POST /invoices/:id/void instead.', {
      allow: ['GET', 'HEAD'],
    })
  })
app.use(problemHandler())
