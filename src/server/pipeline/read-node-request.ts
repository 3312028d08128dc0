import type { RequestInfo } from './request-info.js'

/**
 * The part of Node's `IncomingMessage` {@link readNodeRequest} reads (Express, Fastify's
 * `request.raw`, Koa's `ctx.req`, Nest on either).
 *
 * @example
 * ```ts
 * import type { NodeRequestLike } from 'statuskit/server'
 * const req: NodeRequestLike = { method: 'GET', url: '/orders/7', headers: { accept: 'text/plain' } }
 * ```
 */
export interface NodeRequestLike {
  /** The request method. */
  readonly method?: string | undefined
  /** The request target as received. */
  readonly url?: string | undefined
  /** Header fields, lower-case names (Node's `req.headers`). */
  readonly headers: { readonly [name: string]: string | readonly string[] | undefined }
}

/**
 * The part of Node's `ServerResponse` {@link readNodeRequest} watches to abort
 * `RequestInfo.signal` when the client goes away.
 *
 * @example
 * ```ts
 * import type { NodeClosable } from 'statuskit/server'
 * declare const res: import('node:http').ServerResponse
 * const closable: NodeClosable = res
 * ```
 */
export interface NodeClosable {
  /** Whether the response was completely handed to the OS. */
  readonly writableFinished?: boolean | undefined
  /** Whether the response (its socket) was destroyed. */
  readonly destroyed?: boolean | undefined
  /** Node's `once('close', listener)`. */
  once(event: 'close', listener: () => void): unknown
}

/**
 * Translates a Node request into the pipeline's {@link RequestInfo}. `signal` is made on
 * first use only (most error paths never read it) and aborts when the response closes
 * before it finished: the client went away.
 *
 * @param req - The request (`IncomingMessage` or any object with `method`, `url`, `headers`).
 * @param res - Its response, to abort `signal` when the client leaves; without it, `signal` never aborts.
 * @param url - The request target to report. @default req.url (Express: pass `req.originalUrl`)
 * @returns The request as the pipeline sees it.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http'
 * import { readNodeRequest, readTraceId } from 'statuskit/server'
 * createServer((req, res) => {
 *   const id = readTraceId(readNodeRequest(req, res))
 *   res.end(id ?? 'no trace id')
 * })
 * ```
 */
export function readNodeRequest(req: NodeRequestLike, res?: NodeClosable, url?: string): RequestInfo {
  return new NodeRequestInfo(req, res, url ?? req.url ?? '/')
}

/**
 * One object per request, its methods on the prototype: an object literal with a method
 * and a getter made two closures and their context per error (measured: about 800 bytes
 * a request, more than the problem itself).
 */
class NodeRequestInfo implements RequestInfo {
  readonly method: string
  readonly accept: string | readonly string[] | undefined
  #controller: AbortController | undefined

  constructor(
    readonly req: NodeRequestLike,
    readonly res: NodeClosable | undefined,
    readonly url: string,
  ) {
    this.method = req.method ?? 'GET'
    this.accept = req.headers['accept']
  }

  header(name: string): string | undefined {
    const value = this.req.headers[name.toLowerCase()]
    return typeof value === 'string' || value === undefined ? value : value.join(', ')
  }

  get signal(): AbortSignal {
    if (this.#controller === undefined) {
      const made = new AbortController()
      const { res } = this
      this.#controller = made
      if (res?.destroyed && !res.writableFinished) made.abort()
      else res?.once('close', () => res.writableFinished || made.abort())
    }
    return this.#controller.signal
  }
}
