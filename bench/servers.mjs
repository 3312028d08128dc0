// The servers the bench drives, one set per framework. Each framework gets the routes its
// rows compare (see `frameworks` at the end):
//   /adapter     throws conflict() to the statuskit adapter;
//   /hand-throw  throws a hand-written HttpError to a hand-written error handler that sends
//                the same bytes as /adapter (checked before measuring, but for the
//                Date field and the case of header names);
//   /send        answers with the adapter's non-throwing form (sendProblem, reply.problem,
//                problemResponse), the same bytes again;
//   /hand-send   writes those bytes by hand without throwing;
//   /helper      the framework's most used error helper with its own default answer
//                (@fastify/sensible, http-errors + a hand middleware, Hono's HTTPException,
//                Koa's ctx.throw, Nest's ConflictException and default filter): not the
//                same bytes, the answer users get today.
import 'reflect-metadata'
import http from 'node:http'
import { Catch, ConflictException, Controller, Get, Module } from '@nestjs/common'
import { NestFactory } from '@nestjs/core'
import { ExpressAdapter } from '@nestjs/platform-express'
import { getRequestListener } from '@hono/node-server'
import express4 from 'express4'
import express5 from 'express5'
import fastify4 from 'fastify4'
import fastify5 from 'fastify5'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import createError from 'http-errors'
import Koa from 'koa'
import sensible4 from 'sensible-fastify4'
import sensible5 from 'sensible-fastify5'
import { conflict } from 'statuskit'
import { problemHandler, sendProblem } from 'statuskit/express'
import { problemPlugin } from 'statuskit/fastify'
import { problemHandler as honoProblemHandler } from 'statuskit/hono'
import { problemMiddleware } from 'statuskit/koa'
import { ProblemFilter } from 'statuskit/nest'
import { problemResponse, withProblems } from 'statuskit/web'
import { close, listen } from './load.mjs'

export const MSG = 'Order 7 is at version 8; you sent version 7.'

/** What a hand-written error handler would throw: an Error subclass with a status. */
class HttpError extends Error {
  constructor(status, title, detail) {
    super(detail)
    this.status = status
    this.title = title
  }
}

/** The hand-written body and header fields, in the order the adapters send them. */
const handBody = (error) => JSON.stringify({ type: 'about:blank', title: error.title, status: error.status, detail: error.message })
const HAND_HEADERS = {
  'content-type': 'application/problem+json',
  'cache-control': 'no-store',
  vary: 'Accept',
  'x-content-type-options': 'nosniff',
}
const handHeaders = (body) => ({ ...HAND_HEADERS, 'content-length': String(Buffer.byteLength(body)) })

async function nodeServer(listener) {
  const server = http.createServer(listener)
  return { url: await listen(server), stop: () => close(server) }
}

async function expressServers(express) {
  const app = express()
  app.get('/adapter', () => {
    throw conflict(MSG)
  })
  app.get('/send', (req, res) => {
    sendProblem(req, res, conflict(MSG))
  })
  app.get('/hand-send', (req, res) => {
    const body = handBody(new HttpError(409, 'Conflict', MSG))
    res.writeHead(409, handHeaders(body)).end(body)
  })
  const hand = express.Router()
  hand.get('/hand-throw', () => {
    throw new HttpError(409, 'Conflict', MSG)
  })
  hand.use((error, req, res, next) => {
    const body = handBody(error)
    res.writeHead(error.status, handHeaders(body)).end(body)
  })
  app.use(hand)
  app.use(problemHandler({ log: false }))
  // http-errors and the error middleware people write for it, on their own app.
  const helper = express()
  helper.get('/helper', () => {
    throw createError(409, MSG)
  })
  helper.use((error, req, res, next) => {
    res.status(error.status ?? 500).json({ status: error.status, message: error.message })
  })
  const a = await nodeServer(app)
  const b = await nodeServer(helper)
  return { urls: { adapter: a.url, send: a.url, 'hand-send': a.url, 'hand-throw': a.url, helper: b.url }, stop: () => Promise.all([a.stop(), b.stop()]) }
}

const asIs = (payload) => payload

async function fastifyServers(fastify, sensible) {
  const app = fastify()
  await app.register(problemPlugin, { log: false })
  app.get('/adapter', async () => {
    throw conflict(MSG)
  })
  app.get('/send', async (req, reply) => reply.problem(conflict(MSG)))
  app.get('/hand-send', async (req, reply) => {
    const body = handBody(new HttpError(409, 'Conflict', MSG))
    return reply.code(409).headers(HAND_HEADERS).serializer(asIs).send(body)
  })
  await app.register(async (child) => {
    child.setErrorHandler((error, req, reply) => {
      // Without an identity serializer, Fastify 4's error path appends `; charset=utf-8`.
      reply.code(error.status).headers(HAND_HEADERS).serializer(asIs).send(handBody(error))
    })
    child.get('/hand-throw', async () => {
      throw new HttpError(409, 'Conflict', MSG)
    })
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  // @fastify/sensible's httpErrors with Fastify's default error handler, on its own app.
  const helper = fastify()
  await helper.register(sensible)
  helper.get('/helper', async () => {
    throw helper.httpErrors.conflict(MSG)
  })
  await helper.listen({ port: 0, host: '127.0.0.1' })
  const a = `http://127.0.0.1:${app.server.address().port}`
  const b = `http://127.0.0.1:${helper.server.address().port}`
  return { urls: { adapter: a, send: a, 'hand-send': a, 'hand-throw': a, helper: b }, stop: () => Promise.all([app.close(), helper.close()]) }
}

async function honoServers() {
  const app = new Hono()
  app.get('/adapter', () => {
    throw conflict(MSG)
  })
  app.get('/send', (c) => problemResponse(conflict(MSG), c.req.raw))
  app.get('/hand-send', () => {
    const body = handBody(new HttpError(409, 'Conflict', MSG))
    return new Response(body, { status: 409, headers: handHeaders(body) })
  })
  app.onError(honoProblemHandler({ log: false }))
  const hand = new Hono()
  hand.get('/hand-throw', () => {
    throw new HttpError(409, 'Conflict', MSG)
  })
  hand.onError((error) => {
    const body = handBody(error)
    return new Response(body, { status: error.status, headers: handHeaders(body) })
  })
  // HTTPException with Hono's default onError (error.getResponse()).
  const helper = new Hono()
  helper.get('/helper', () => {
    throw new HTTPException(409, { message: MSG })
  })
  const servers = [await nodeServer(getRequestListener(app.fetch)), await nodeServer(getRequestListener(hand.fetch)), await nodeServer(getRequestListener(helper.fetch))]
  const [a, h, b] = servers.map((s) => s.url)
  return { urls: { adapter: a, send: a, 'hand-send': a, 'hand-throw': h, helper: b }, stop: () => Promise.all(servers.map((s) => s.stop())) }
}

/** A web-standard handler's hand-written equivalent of withProblems. */
const handWrap = (handler) => async (request) => {
  try {
    return await handler(request)
  } catch (error) {
    const body = handBody(error)
    return new Response(body, { status: error.status, headers: handHeaders(body) })
  }
}

// One options object for every request, as the docs advise: problemResponse keeps one
// pipeline per options object.
const WEB_OPTIONS = { log: false }

async function webServers() {
  const routes = {
    '/adapter': withProblems(async () => {
      throw conflict(MSG)
    }, { log: false }),
    '/send': async (request) => problemResponse(conflict(MSG), request, WEB_OPTIONS),
    '/hand-throw': handWrap(async () => {
      throw new HttpError(409, 'Conflict', MSG)
    }),
    '/hand-send': async () => {
      const body = handBody(new HttpError(409, 'Conflict', MSG))
      return new Response(body, { status: 409, headers: handHeaders(body) })
    },
  }
  const server = await nodeServer(getRequestListener((request) => routes[new URL(request.url).pathname](request)))
  const u = server.url
  return { urls: { adapter: u, send: u, 'hand-send': u, 'hand-throw': u }, stop: server.stop }
}

async function koaServers() {
  const app = new Koa()
  app.use(problemMiddleware({ log: false }))
  app.use(() => {
    throw conflict(MSG)
  })
  const hand = new Koa()
  hand.use(async (ctx, next) => {
    try {
      await next()
    } catch (error) {
      const body = handBody(error)
      ctx.status = error.status
      ctx.set(HAND_HEADERS)
      ctx.body = body
    }
  })
  hand.use(() => {
    throw new HttpError(409, 'Conflict', MSG)
  })
  const helper = new Koa()
  helper.silent = true
  helper.use((ctx) => ctx.throw(409, MSG))
  const servers = [await nodeServer(app.callback()), await nodeServer(hand.callback()), await nodeServer(helper.callback())]
  const [a, h, b] = servers.map((s) => s.url)
  return { urls: { adapter: a, 'hand-throw': h, helper: b }, stop: () => Promise.all(servers.map((s) => s.stop())) }
}

/**
 * A Nest app (platform-express) with one GET route that runs `handler`, and `filter` as its
 * global exception filter when given. Decorators applied as calls (no decorator syntax here).
 */
async function nestApp(route, handler, filter) {
  class Routes {}
  Object.defineProperty(Routes.prototype, 'route', { value: handler, writable: true, configurable: true })
  Get(route)(Routes.prototype, 'route', Object.getOwnPropertyDescriptor(Routes.prototype, 'route'))
  Controller()(Routes)
  class AppModule {}
  Module({ controllers: [Routes] })(AppModule)
  const app = await NestFactory.create(AppModule, new ExpressAdapter(), { logger: false, forceCloseConnections: true, abortOnError: false })
  if (filter) app.useGlobalFilters(filter)
  await app.listen(0, '127.0.0.1')
  return { url: `http://127.0.0.1:${app.getHttpServer().address().port}`, stop: () => app.close() }
}

/** The exception filter people write by hand: any HttpError to the same bytes. */
class HandFilter {
  catch(error, host) {
    const body = handBody(error)
    host.switchToHttp().getResponse().writeHead(error.status, handHeaders(body)).end(body)
  }
}
Catch()(HandFilter)

async function nestServers() {
  const servers = [
    await nestApp('adapter', () => {
      throw conflict(MSG)
    }, new ProblemFilter({ log: false })),
    await nestApp('hand-throw', () => {
      throw new HttpError(409, 'Conflict', MSG)
    }, new HandFilter()),
    // Nest's own: the built-in ConflictException and the default filter (BaseExceptionFilter).
    await nestApp('helper', () => {
      throw new ConflictException(MSG)
    }),
  ]
  const [a, h, b] = servers.map((server) => server.url)
  return { urls: { adapter: a, 'hand-throw': h, helper: b }, stop: () => Promise.all(servers.map((server) => server.stop())) }
}

/**
 * The frameworks and their rows: [a, b] compares route a to route b (throughput a / b);
 * `same` rows must answer byte for byte alike (but the Date field).
 */
const ROWS = [
  { key: 'thrown', a: 'adapter', b: 'hand-throw', same: true, goal: 1.0, label: () => 'thrown problem vs hand-written throw + error handler' },
  { key: 'send', a: 'send', b: 'hand-send', same: true, goal: 0.95, label: () => 'non-throwing form vs hand-written response' },
  { key: 'helper', a: 'adapter', b: 'helper', same: false, label: (helper) => `thrown problem vs ${helper}` },
  // No goal: the most any error design could gain over the helper on this framework (a
  // route that writes the bytes without creating or throwing anything), so a helper goal
  // above this ceiling cannot be met by any thrown-problem design.
  { key: 'ceiling', a: 'hand-send', b: 'helper', same: false, label: (helper) => `ceiling: hand-written response, no throw, vs ${helper}` },
  // No goal: the same for a design that throws (the hand-written throw and error handler
  // sending statuskit's bytes), so a helper goal above it asks statuskit to beat that.
  { key: 'thrown-ceiling', a: 'hand-throw', b: 'helper', same: false, label: (helper) => `thrown ceiling: hand-written throw + error handler vs ${helper}` },
]
/** The rows named, labelled for the framework's helper; `helperGoal` is the helper row's goal. */
const rows = (names, helperGoal, helperName) =>
  ROWS.filter((row) => names.includes(row.key)).map(({ label, ...row }) => ({
    ...row,
    goal: row.key === 'helper' ? helperGoal : row.goal,
    label: label(helperName),
  }))
const EVERY_ROW = ['thrown', 'send', 'helper', 'ceiling', 'thrown-ceiling']

export const frameworks = [
  { name: 'express 4', start: () => expressServers(express4), rows: rows(EVERY_ROW, 1.5, 'http-errors + hand middleware') },
  { name: 'express 5', start: () => expressServers(express5), rows: rows(EVERY_ROW, 1.5, 'http-errors + hand middleware') },
  { name: 'fastify 4', start: () => fastifyServers(fastify4, sensible4), rows: rows(EVERY_ROW, 1.5, '@fastify/sensible httpErrors.conflict') },
  { name: 'fastify 5', start: () => fastifyServers(fastify5, sensible5), rows: rows(EVERY_ROW, 1.5, '@fastify/sensible httpErrors.conflict') },
  { name: 'hono (node-server)', start: honoServers, rows: rows(EVERY_ROW, 1.0, 'HTTPException') },
  { name: 'web on node', start: webServers, rows: rows(['thrown', 'send'], 1.0, '') },
  { name: 'koa 3', start: koaServers, rows: rows(['thrown', 'helper', 'thrown-ceiling'], 1.0, 'ctx.throw') },
  { name: 'nest 12 (express)', start: nestServers, rows: rows(['thrown', 'helper', 'thrown-ceiling'], 1.0, "ConflictException + Nest's default filter") },
]
