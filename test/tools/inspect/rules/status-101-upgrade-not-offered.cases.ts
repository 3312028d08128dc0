import { exchange, type RuleCase } from './rule-case.js'

const switched = { connection: 'Upgrade' }

export const status101UpgradeNotOffered: RuleCase = {
  id: 'status.101-upgrade-not-offered',
  fires: [exchange('GET', 101, { ...switched, upgrade: 'h2c' }, undefined, { upgrade: 'websocket', connection: 'Upgrade' })],
  silent: [
    exchange('GET', 101, { ...switched, upgrade: 'websocket' }, undefined, { upgrade: 'WebSocket', connection: 'Upgrade' }),
    exchange('GET', 101, { ...switched, upgrade: 'h2c' }, undefined, { upgrade: 'h2c, websocket', connection: 'Upgrade' }),
    exchange('GET', 101, { ...switched, upgrade: 'websocket' }),
  ],
}
