import express from 'express'
import { proxyAuthenticationRequired } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// An explicit egress gateway built on Express (not an origin API).
const app = express()
app.use((req, _res, next) => {
  if (req.get('proxy-authorization') === undefined) {
    throw proxyAuthenticationRequired('Authenticate to the egress proxy first.', {
      proxyAuthenticate: 'Basic realm="egress"',
    })
  }
  next()
})
app.use(problemHandler())
