// Real Nest apps on 127.0.0.1 for the tests, on @nestjs/platform-express or
// @nestjs/platform-fastify. Decorators are applied as calls, as `tsc --experimentalDecorators`
// would apply them: this repository compiles without that flag.
import 'reflect-metadata'
import { Controller, Module, type INestApplication, type LoggerService, type NestApplicationOptions } from '@nestjs/common'
import { NestFactory } from '@nestjs/core'
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express'
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify'
import type { AddressInfo } from 'node:net'

export type Platform = 'express' | 'fastify'

/** A method decorator and the parameter decorators of its arguments, in order. */
export interface RouteSpec {
  readonly name: string
  readonly decorators: readonly MethodDecorator[]
  readonly params?: readonly ParameterDecorator[]
  /** The parameter types `tsc --emitDecoratorMetadata` would record (ValidationPipe reads them). */
  readonly paramTypes?: readonly unknown[]
  readonly handler: (...args: never[]) => unknown
}

/** A controller class with the given routes, decorated as Nest expects. */
export function controller(routes: readonly RouteSpec[]): new () => object {
  class Routes {}
  for (const route of routes) {
    Object.defineProperty(Routes.prototype, route.name, { value: route.handler, writable: true, configurable: true })
    if (route.paramTypes) Reflect.defineMetadata('design:paramtypes', route.paramTypes, Routes.prototype, route.name)
    route.params?.forEach((param, index) => param(Routes.prototype, route.name, index))
    for (const decorate of route.decorators) {
      decorate(Routes.prototype, route.name, Object.getOwnPropertyDescriptor(Routes.prototype, route.name) as PropertyDescriptor)
    }
  }
  Controller()(Routes)
  return Routes
}

export interface NestServer {
  readonly url: string
  readonly app: INestApplication
  close(): Promise<void>
}

export interface StartOptions {
  readonly bodyLimit?: number
  readonly logger?: LoggerService | false
  /** Runs before `listen` (filters, pipes, CORS). */
  readonly configure?: (app: INestApplication) => void
}

/** Starts a Nest app with these controllers on 127.0.0.1, on a random port. */
export async function startNest(platform: Platform, controllers: readonly (new () => object)[], options: StartOptions = {}): Promise<NestServer> {
  class AppModule {}
  Module({ controllers: [...controllers] })(AppModule)
  const { bodyLimit = 1_048_576, logger = false, configure } = options
  const base: NestApplicationOptions = { logger, forceCloseConnections: true, abortOnError: false }
  let app: INestApplication
  if (platform === 'express') {
    const express = await NestFactory.create<NestExpressApplication>(AppModule, new ExpressAdapter(), { ...base, bodyParser: false })
    express.useBodyParser('json', { limit: bodyLimit })
    app = express
  } else {
    app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter({ bodyLimit }), base)
  }
  configure?.(app)
  await app.listen(0, '127.0.0.1')
  const { port } = (app.getHttpServer() as { address(): AddressInfo }).address()
  return { url: `http://127.0.0.1:${port}`, app, close: () => app.close() }
}
