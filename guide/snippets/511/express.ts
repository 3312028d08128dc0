import express from 'express'
import { networkAuthenticationRequired } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// A captive-portal gateway (never an origin API) intercepting unauthenticated devices.
const authorizedMacs = new Set<string>()
const app = express()
app.use((req, _res, next) => {
  if (authorizedMacs.has(req.get('x-client-mac') ?? '')) return next()
  throw networkAuthenticationRequired('Log in at http://portal.example/login to use this network.', { expose: true })
})
app.use(problemHandler())
