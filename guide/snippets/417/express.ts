import express from 'express'
import { expectationFailed } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const app = express()
const server = app.listen(0)
// Node emits 'checkExpectation' for any Expect value other than 100-continue.
server.on('checkExpectation', (req, res) => {
  const body = JSON.stringify(expectationFailed('Only Expect: 100-continue is supported.'))
  res.writeHead(417, { 'content-type': 'application/problem+json', connection: 'close' }).end(body)
})
app.use(problemHandler())
