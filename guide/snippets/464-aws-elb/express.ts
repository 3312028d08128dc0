import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

// The REST side of a split listener (HTTP/1.1 target group). A gRPC call that was
// mis-routed here gets a clear, standard answer instead of an obscure failure.
const app = express()
app.use((req, _res, next) => {
  if ((req.get('content-type') ?? '').startsWith('application/grpc')) {
    throw problem(415, 'gRPC is served by the grpc target group; check the ALB listener rules.')
  }
  next()
})
app.use(problemHandler())
