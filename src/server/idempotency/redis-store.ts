import type { ClaimResult, IdempotencyStore } from './idempotency-store.js'
import { decodeResponse, encodeResponse } from './response-codec.js'

/**
 * A Redis client as {@link redisStore} uses it, duck-typed so that statuskit depends on
 * none: an ioredis client (`call(command, ...args)`) or a node-redis v4/v5 client
 * (`sendCommand(args)`). Connect it before the first request; the store never opens or
 * closes it.
 *
 * @example
 * ```ts
 * import { createClient } from 'redis'
 * import type { RedisClientLike } from 'statuskit/idempotency'
 * const client: RedisClientLike = await createClient({ url: 'redis://127.0.0.1:6379' }).connect()
 * ```
 */
export type RedisClientLike =
  | {
      /**
       * ioredis: sends one command.
       *
       * @param command - The command name.
       * @param args - Its arguments.
       */
      call(command: string, ...args: (string | number)[]): Promise<unknown>
    }
  | {
      /**
       * node-redis: sends one command.
       *
       * @param args - The command name and its arguments.
       */
      sendCommand(args: string[]): Promise<unknown>
    }

/**
 * Options of {@link redisStore}.
 *
 * @example
 * ```ts
 * import type { RedisStoreOptions } from 'statuskit/idempotency'
 * const options: RedisStoreOptions = { prefix: 'orders-api:idem:' }
 * ```
 */
export interface RedisStoreOptions {
  /** Prepended to every key, so the store's records never meet the application's. @default 'statuskit:idempotency:' */
  readonly prefix?: string | undefined
}


/** A positive whole number of milliseconds, as Redis's PX takes it. */
function px(ms: number): string {
  return String(Math.max(1, Math.ceil(ms)))
}

/**
 * An {@link IdempotencyStore} in Redis, shared by every server process that uses the same
 * Redis: claims are atomic (one Lua script: GET, else SET … PX lockMs), completion and
 * release act only on the claim they own (compare and set/delete in a script), records
 * expire by themselves (PX). Pass the client you already use; statuskit has no Redis
 * dependency. A rejected command (Redis unreachable) is a store failure: see `onStoreError`.
 *
 * @param client - A connected ioredis or node-redis (v4, v5) client.
 * @param options - `prefix`.
 * @returns The store.
 * @throws TypeError when `client` has neither `call` nor `sendCommand`.
 *
 * @example
 * ```ts
 * import express from 'express'
 * import { Redis } from 'ioredis'
 * import { redisStore } from 'statuskit/idempotency'
 * import { idempotency } from 'statuskit/express'
 *
 * const store = redisStore(new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'))
 * const app = express()
 * app.post('/orders', express.json(), idempotency({ store }), (req, res) => res.status(201).json({ id: 7 }))
 * ```
 */
export function redisStore(client: RedisClientLike, options: RedisStoreOptions = {}): IdempotencyStore {
  const { prefix = 'statuskit:idempotency:' } = options
  const { call, sendCommand } = client as { call?: unknown; sendCommand?: unknown }
  if (typeof call !== 'function' && typeof sendCommand !== 'function') {
    throw new TypeError('redisStore: client must be an ioredis or node-redis client')
  }
  // One record a key. A claim is `c <fingerprint> <random>` (this string is also the claim's
  // token), held with PX lockMs; a completed request is `r <fingerprint> <response JSON>`,
  // held with PX ttlMs. Each script is one atomic step on the Redis server.
  const GET = "local v=redis.call('GET',KEYS[1]) "
  const CLAIM = `${GET}if v then return v end redis.call('SET',KEYS[1],ARGV[1],'PX',ARGV[2]) return false`
  const COMPLETE = `${GET}if v==ARGV[1] then redis.call('SET',KEYS[1],ARGV[2],'PX',ARGV[3]) end return 1`
  const RELEASE = `${GET}if v==ARGV[1] then redis.call('DEL',KEYS[1]) end return 1`
  const evaluate = (script: string, key: string, ...args: string[]): Promise<unknown> => {
    const command = ['EVAL', script, '1', `${prefix}${key}`, ...args]
    // ioredis has both; its sendCommand takes a Command object, so `call` goes first.
    return typeof call === 'function'
      ? (call as (...args: string[]) => Promise<unknown>).apply(client, command)
      : (sendCommand as (args: string[]) => Promise<unknown>).call(client, command)
  }

  return {
    async claim(key, fingerprint, lockMs): Promise<ClaimResult> {
      const token = `c ${fingerprint} ${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`
      const found = await evaluate(CLAIM, key, token, px(lockMs))
      if (found === null || found === undefined) return { state: 'claimed', token }
      // A bulk string reply: a string, or a Buffer (a client set to return buffers), whose
      // String() is its UTF-8 text.
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- see above
      const record = String(found)
      const [kind, stored] = record.split(' ', 2)
      if (stored !== fingerprint) return { state: 'mismatch' }
      if (kind === 'c') return { state: 'in-flight' }
      return { state: 'completed', response: decodeResponse(record.slice(kind!.length + stored.length + 2)) }
    },
    async complete(key, token, response, ttlMs): Promise<void> {
      const fingerprint = token.split(' ', 2)[1] ?? ''
      await evaluate(COMPLETE, key, token, `r ${fingerprint} ${encodeResponse(response)}`, px(ttlMs))
    },
    async release(key, token): Promise<void> {
      await evaluate(RELEASE, key, token)
    },
  }
}
