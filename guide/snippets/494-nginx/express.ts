import express from 'express'
import { requestHeaderFieldsTooLarge } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// nginx: error_page 494 =431 /errors/431; location = /errors/431 { proxy_pass http://app; }
const app = express()
app.get('/errors/431', () => {
  throw requestHeaderFieldsTooLarge('A request header (usually Cookie) is too large; clear cookies for this site.', {
    extensions: { hint: 'Cookie' },
  })
})
app.use(problemHandler())
