import express from 'express'
import { unavailableForLegalReasons } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
app.get('/articles/4711', (_req, _res) => {
  // Sets Link: <...>; rel="blocked-by" and the default Cache-Control: no-store.
  throw unavailableForLegalReasons('Withheld under court order 2026-HC-113 (High Court).', {
    blockedBy: 'https://example.com/legal/takedowns',
  })
})
app.use(problemHandler())
app.listen(3000)
