import express from 'express'
import { requestHeaderFieldsTooLarge } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// An edge proxy built on Express: refuse absurd X-Forwarded-For before forwarding to the ALB.
const app = express()
app.use((req, _res, next) => {
  const hops = (req.get('x-forwarded-for') ?? '').split(',').filter((s) => s.trim() !== '')
  if (hops.length > 20) {
    throw requestHeaderFieldsTooLarge('X-Forwarded-For lists ' + hops.length + ' addresses; is there a proxy loop?', {
      extensions: { header: 'X-Forwarded-For' },
    })
  }
  next()
})
app.use(problemHandler())
