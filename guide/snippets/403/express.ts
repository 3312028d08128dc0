import express from 'express'
import { forbidden } from 'statuskit'
import { problemHandler } from 'statuskit/express'

const roles = new Map([['u1', 'viewer']])
const app = express()
app.delete('/projects/:id', (req, res) => {
  if (roles.get(req.get('x-user-id') ?? '') !== 'owner') {
    throw forbidden('Only project owners can delete a project.', {
      type: 'https://example.com/probs/role-required',
      extensions: { requiredRole: 'owner' },
    })
  }
  res.status(204).end()
})
app.use(problemHandler())
