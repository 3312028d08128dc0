import { Body, Post, ValidationPipe } from '@nestjs/common'
import { Type } from 'class-transformer'
import { IsArray, IsInt, IsString, Length, Min, ValidateNested, type ValidationError } from 'class-validator'
import { problemExceptionFactory, ProblemFilter } from 'statuskit/nest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { controller, startNest, type NestServer, type Platform } from './nest-app.js'

/** Applies property decorators as `tsc --experimentalDecorators` would, bottom one first. */
function decorate(target: object, key: string, ...decorators: PropertyDecorator[]): void {
  for (const decorator of [...decorators].reverse()) decorator(target, key)
}

class Address {
  street!: string
  zip!: string
}
decorate(Address.prototype, 'street', IsString())
decorate(Address.prototype, 'zip', IsString(), Length(5, 5))

class Item {
  sku!: string
  quantity!: number
}
decorate(Item.prototype, 'sku', IsString())
decorate(Item.prototype, 'quantity', IsInt(), Min(1))

class CreateOrder {
  address!: Address
  items!: Item[]
}
decorate(CreateOrder.prototype, 'address', ValidateNested(), Type(() => Address))
decorate(CreateOrder.prototype, 'items', IsArray(), ValidateNested({ each: true }), Type(() => Item))

const INVALID = { address: { street: 7, zip: '123' }, items: [{ sku: 'A-7', quantity: 2 }, { sku: 'B-1', quantity: 0 }] }

describe.each(['express', 'fastify'] as const)('problemExceptionFactory with ValidationPipe on Nest with platform-%s', (platform: Platform) => {
  let server: NestServer
  const post = (body: unknown) =>
    fetch(`${server.url}/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) })

  beforeAll(async () => {
    const Orders = controller([
      { name: 'create', decorators: [Post('/orders')], params: [Body()], paramTypes: [CreateOrder], handler: (order: never) => order },
    ])
    server = await startNest(platform, [Orders], {
      configure: (app) => {
        app.useGlobalPipes(new ValidationPipe({ exceptionFactory: problemExceptionFactory }))
        app.useGlobalFilters(new ProblemFilter({ log: false }))
      },
    })
  })
  afterAll(() => server.close())

  it('answers a nested DTO that fails with a 400 whose errors point into the body', async () => {
    const response = await post(INVALID)
    expect([response.status, response.headers.get('content-type')]).toEqual([400, 'application/problem+json'])
    const body = (await response.json()) as { errors: { pointer: string; detail: string }[] }
    expect({ ...body, errors: [...body.errors].sort((a, b) => a.pointer.localeCompare(b.pointer)) }).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      errors: [
        { detail: 'street must be a string', pointer: '#/address/street' },
        { detail: 'zip must be longer than or equal to 5 characters', pointer: '#/address/zip' },
        { detail: 'quantity must not be less than 1', pointer: '#/items/1/quantity' },
      ],
    })
  })

  it('lets a valid body through', async () => {
    const valid = { address: { street: 'Main St 7', zip: '12345' }, items: [{ sku: 'A-7', quantity: 2 }] }
    const response = await post(valid)
    expect([response.status, await response.json()]).toEqual([201, valid])
  })
})

describe('problemExceptionFactory', () => {
  const error = (property: string, constraints?: Record<string, string>, children?: ValidationError[]): ValidationError =>
    Object.assign({ property }, constraints && { constraints }, children && { children }) as ValidationError

  it('escapes ~ and / in member names (RFC 6901) and lists every constraint of a property', () => {
    const problem = problemExceptionFactory([error('a/b', { isString: 'must be a string' }), error('c~d', { isInt: 'must be an integer', min: 'must be at least 1' })])
    expect(problem.extensions.errors).toEqual([
      { detail: 'must be a string', pointer: '#/a~1b' },
      { detail: 'must be an integer', pointer: '#/c~0d' },
      { detail: 'must be at least 1', pointer: '#/c~0d' },
    ])
  })

  it('writes each pointer in the URI fragment form the rest of statuskit uses (percent-encoded)', () => {
    const problem = problemExceptionFactory([error('ship to', undefined, [error('0', undefined, [error('straße', { isString: 'must be a string' })])])])
    expect(problem.extensions.errors).toEqual([{ detail: 'must be a string', pointer: '#/ship%20to/0/stra%C3%9Fe' }])
  })

  it('never copies the value the client sent, and lists at most 100 issues', () => {
    const many = Array.from({ length: 150 }, (_, index) => Object.assign(error(`f${index}`, { isString: 'must be a string' }), { value: 'hunter2' }))
    const problem = problemExceptionFactory(many)
    expect(problem.extensions.errors).toHaveLength(100)
    expect(JSON.stringify(problem.toJSON())).not.toContain('hunter2')
  })

  it('walks a deep or odd tree without throwing: bounded depth, non-array children and non-string messages ignored', () => {
    let deep = error('leaf', { isString: 'must be a string' })
    for (let depth = 0; depth < 1000; depth++) deep = error('n', undefined, [deep])
    const odd = [deep, { property: 'x', constraints: { a: 7 }, children: 'nope' }, null] as unknown as ValidationError[]
    expect(problemExceptionFactory(odd).extensions.errors).toEqual([])
    expect(problemExceptionFactory([]).status).toBe(400)
  })
})
