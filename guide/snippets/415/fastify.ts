import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

// Fastify answers 415 itself for a Content-Type without a registered parser
// (JSON and text/plain by default); the plugin turns it into problem+json.
const app = Fastify()
await app.register(problemPlugin)
app.post('/orders', async (req, reply) => reply.code(201).send(req.body))
