import express from 'express'
import { Status } from 'statuskit'

let nextOrder = 1
const app = express()
app.use(express.urlencoded({ extended: false }))
app.post('/orders', (_req, res) => {
  const id = nextOrder++ // the order is stored here
  res.redirect(Status.SEE_OTHER, '/orders/' + id + '/confirmation') // browser GETs it
})
app.get('/orders/:id/confirmation', (req, res) => void res.send('Order ' + req.params.id + ' received'))
app.listen(3000)
