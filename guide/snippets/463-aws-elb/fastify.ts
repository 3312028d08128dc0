import Fastify from 'fastify'
import { problemPlugin } from 'statuskit/fastify'

// Trust only the addresses of proxies you run (the ALB's subnets), not the whole header.
const app = Fastify({ trustProxy: ['10.0.0.0/16'] })
await app.register(problemPlugin)
app.get('/whoami', async (req) => ({ ip: req.ip, hops: req.ips?.length ?? 0 }))
