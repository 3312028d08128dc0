import express from 'express'
import { notFound } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const orders = new Map([['7', { id: '7', total: 42, version: 3 }]])
const app = express()
app.get('/orders/:id', (req, res) => {
  const order = orders.get(req.params.id)
  if (order === undefined) throw notFound('There is no order ' + req.params.id + '.')
  res.set({ etag: '"' + order.version + '"', 'cache-control': 'private, max-age=60' }).json(order)
})
app.use(problemHandler())
app.listen(3000)
