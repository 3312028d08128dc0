// statuskit/hono under the adapter contract: Hono 4 on @hono/node-server.
import { getRequestListener } from '@hono/node-server'
import { createServer } from 'node:http'
import { runContract, type ContractDriver } from '../contract.js'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'
import { createContractApp } from './contract-app.js'

const driver: ContractDriver = {
  name: 'hono4',
  phraseFromBridge: true,
  async start(setup) {
    const server = createServer(getRequestListener(createContractApp(setup).fetch))
    const url = await listenLoopback(server)
    return { url, close: () => closeLoopback(server) }
  },
}

runContract([driver])
