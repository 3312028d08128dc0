import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const servedHosts = new Set(['api.example.com'])
const app = express()
app.use((req, _res, next) => {
  if (!servedHosts.has(req.hostname)) throw problem(421, `This server does not serve ${req.hostname}.`)
  next()
})
app.use(problemHandler())
