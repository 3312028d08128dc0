import express from 'express'
import { problem } from 'statuskit'
import { problemHandler } from 'statuskit/express'

declare function walk(path: string, seen: Set<string>): boolean // false when a collection repeats
const app = express()
app.all('/dav/*path', (req, res) => {
  if (req.method === 'PROPFIND' && (req.get('depth') ?? 'infinity') === 'infinity' && !walk(req.path, new Set())) {
    throw problem(508, 'A binding under this collection points to one of its ancestors; use Depth: 1.', { expose: true })
  }
  res.status(207).type('application/xml').send('<multistatus xmlns="DAV:"/>')
})
app.use(problemHandler())
