// The contract server's setup, apart from the cases (contract.ts) so that a server in another
// runtime can build the same one: the Worker of test/adapters/workers/ bundles this file.
// No vitest, no Node-only import but node:util (Workers have it).
import Boom from '@hapi/boom'
import createError from 'http-errors'
import { inspect } from 'node:util'
import { conflict, contentTooLarge, defineProblem, HttpProblem, unprocessableContent, type LogLevel } from 'statuskit'
import { withExtensions, type ServerProblemOptions } from 'statuskit/server'

/** A route of the contract server: `GET path` throws `thrown()`. */
export interface ContractRoute {
  readonly path: string
  readonly thrown: () => unknown
}

/** What a driver's server is built from. */
export interface ContractSetup {
  /** The adapter's options, passed as they are. */
  readonly options: ServerProblemOptions<unknown>
  /** `GET path` routes that throw. */
  readonly routes: readonly ContractRoute[]
  /** The byte limit of the JSON body parser on `POST /echo`. */
  readonly bodyLimit: number
}

class OutOfStock extends Error {
  constructor(readonly sku: string) {
    super(`SKU ${sku} is out of stock`)
  }
}
/** The error the throwing mapper throws on. */
class MapperBug extends Error {}

const outOfStock = defineProblem<{ sku: string }, 409>({ type: 'https://example.com/probs/out-of-stock', status: 409, title: 'Out of stock' })

/** What a 502 for an upstream's 401 looks like from axios, credentials included. */
function axiosError(): Error {
  return Object.assign(new Error('Request failed with status code 401'), {
    name: 'AxiosError',
    config: { url: 'http://10.0.0.7/v1/charges?api_key=SECRET_API_KEY', headers: { Authorization: 'Bearer SECRET_BEARER' } },
    request: { _header: 'GET /v1/charges?api_key=SECRET_API_KEY HTTP/1.1\r\nAuthorization: Bearer SECRET_BEARER\r\n\r\n' },
    response: { status: 401, headers: {} },
  })
}

/** A Proxy whose every trap throws. */
function hostileProxy(): object {
  const fail = () => {
    throw new Error('trap getter')
  }
  return new Proxy({}, { get: fail, has: fail, ownKeys: fail, getPrototypeOf: fail, getOwnPropertyDescriptor: fail })
}

/** A Proxy around a real problem that answers the brand but throws on every other read. */
function brandedProxy(): object {
  return new Proxy(conflict('x'), {
    get(target, key) {
      if (typeof key === 'symbol') return Reflect.get(target, key)
      throw new Error('branded getter')
    },
  })
}

export const ROUTES: readonly ContractRoute[] = [
  { path: '/problem', thrown: () => conflict('Order 7 is at version 8; you sent version 7.', { headers: { etag: '"8"' } }) },
  { path: '/error', thrown: () => new Error('db password is hunter2') },
  { path: '/http-errors', thrown: () => createError(409, 'Order 7 changed.') },
  { path: '/boom', thrown: () => Boom.conflict('Order 7 changed.') },
  { path: '/boom-500', thrown: () => Boom.internal('db password is hunter2') },
  { path: '/out-of-stock', thrown: () => new OutOfStock('A-7') },
  { path: '/mapper-bug', thrown: () => new MapperBug('mapper bug') },
  { path: '/upstream', thrown: axiosError },
  { path: '/413', thrown: () => contentTooLarge('Upload at most 1 MB.') },
  { path: '/422', thrown: () => unprocessableContent('Quantity must be positive.') },
  { path: '/499', thrown: () => new HttpProblem({ status: 499, title: 'Client Closed Request' }) },
  { path: '/null', thrown: () => null },
  { path: '/string', thrown: () => 'db password is hunter2' },
  { path: '/proxy', thrown: hostileProxy },
  { path: '/branded-proxy', thrown: brandedProxy },
  {
    path: '/getters',
    thrown: () => ({
      get message(): string {
        throw new Error('message getter')
      },
      get status(): number {
        throw new Error('status getter')
      },
      get name(): string {
        throw new Error('name getter')
      },
    }),
  },
]

/** The logger of the contract server records `[level, status, detail, cause as printed]`. */
export type LogEntry = readonly [LogLevel, number, string | undefined, string]

export function setupFor(logs: LogEntry[]): ContractSetup {
  return {
    bodyLimit: 64,
    routes: ROUTES,
    options: {
      map: [
        (error) => {
          if (error instanceof MapperBug) throw new Error('mapper internals')
          return undefined
        },
        (error) => (error instanceof OutOfStock ? outOfStock(error.message, { extensions: { sku: error.sku } }) : undefined),
      ],
      customize: (problem, { request }) => {
        const mode = request.header('x-customize')
        if (mode === 'throw') throw new Error('customize internals')
        return mode === 'add' ? withExtensions(problem, { customized: request.method }) : undefined
      },
      log: (level, problem) => void logs.push([level, problem.status, problem.detail, inspect(problem.cause, { depth: 6, showHidden: true })]),
    },
  }
}
