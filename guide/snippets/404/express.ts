import express from 'express'
import { notFound } from 'statuskit'
import { notFoundHandler, problemHandler } from 'statuskit/express'

const orders = new Map([['1', { id: '1', total: 30 }]])
const app = express()
app.get('/orders/:id', (req, res) => {
  const order = orders.get(req.params.id)
  if (order === undefined) throw notFound('Order ' + req.params.id + ' does not exist.')
  res.json(order)
})
app.use(notFoundHandler()) // unknown routes
app.use(problemHandler())
