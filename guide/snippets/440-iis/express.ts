import express from 'express'
import { unauthorized } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// Your own app: an expired session is 401 for API calls, never 440.
const app = express()
app.use('/api', (req, _res, next) => {
  if (!(req.get('cookie') ?? '').includes('session=')) {
    throw unauthorized('Your session expired; sign in again.', { wwwAuthenticate: 'Session realm="app"' })
  }
  next()
})
app.use(problemHandler())
