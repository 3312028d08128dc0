import express from 'express'
import { Status } from 'statuskit'

let nextId = 1
const orders = new Map<string, { id: string; items: unknown }>()
const app = express()
app.use(express.json())
app.post('/orders', (req, res) => {
  const order = { id: String(nextId++), items: req.body?.items }
  orders.set(order.id, order)
  res.status(Status.CREATED).location('/orders/' + order.id).set('etag', '"1"').json(order)
})
app.listen(3000)
