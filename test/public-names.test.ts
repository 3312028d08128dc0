// One naming rule for every runtime export of every entry in package.json "exports"
// (STYLE §3, with DESIGN's names winning where they differ):
// - a function's name starts with a verb, or it is in NAMED_FOR_WHAT_IT_RETURNS below
//   (status builders and problem factories, lookups, middleware and store factories);
// - a class is PascalCase;
// - any other value is a SCREAMING_SNAKE_CASE constant, or in CONSTANT_OBJECTS.
// A new export that fails: rename it, or add it to a list with the reason it fits there.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const VERBS = [
  'classify', 'create', 'define', 'ensure', 'escape', 'explain', 'format', 'inspect', 'is', 'list',
  'log', 'map', 'match', 'parse', 'read', 'render', 'send', 'simulate', 'to', 'validate', 'with', 'write',
]

const NAMED_FOR_WHAT_IT_RETURNS = new Set([
  // JSON Schema builders, named for the schema they return.
  'problemSchema', 'validationProblemSchema', 'openApiComponents',
  // Status builders (named after the IANA phrase of the status they build; STYLE §3) and
  // their @deprecated aliases.
  'badRequest', 'unauthorized', 'paymentRequired', 'forbidden', 'notFound', 'methodNotAllowed', 'notAcceptable',
  'proxyAuthenticationRequired', 'requestTimeout', 'conflict', 'gone', 'lengthRequired', 'preconditionFailed',
  'contentTooLarge', 'payloadTooLarge', 'uriTooLong', 'unsupportedMediaType', 'rangeNotSatisfiable',
  'expectationFailed', 'misdirectedRequest', 'unprocessableContent', 'unprocessableEntity', 'locked',
  'failedDependency', 'tooEarly', 'upgradeRequired', 'preconditionRequired', 'tooManyRequests',
  'requestHeaderFieldsTooLarge', 'unavailableForLegalReasons', 'internalServerError', 'notImplemented',
  'badGateway', 'serviceUnavailable', 'gatewayTimeout', 'httpVersionNotSupported', 'variantAlsoNegotiates',
  'insufficientStorage', 'loopDetected', 'networkAuthenticationRequired',
  // Problem factories: the problem they build.
  'problem', 'validationProblem', 'idempotencyKeyInUse', 'idempotencyKeyReused', 'idempotencyKeyMissing',
  // Lookups named like the platform's (`Response.statusText`) or for the value they return (DESIGN).
  'statusText', 'statusInfo', 'statusClass', 'vendorStatuses', 'backoffDelay', 'logLevel', 'acceptQuality',
  // Framework glue named for what it returns: middleware, plugins, hooks, filters, stores (DESIGN 0.2).
  'problemHandler', 'notFoundHandler', 'problemPlugin', 'problemMiddleware', 'validationHook',
  'problemExceptionFactory', 'idempotency', 'memoryStore', 'redisStore',
  // Documents built for a tool (DESIGN 0.2: JSON Schema, OpenAPI, a web Response).
  'problemSchema', 'openApiComponents', 'problemResponse',
])

/** Non-function values that are not SCREAMING_SNAKE_CASE: enum-like objects. */
const CONSTANT_OBJECTS = new Set(['Status'])

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> }
const entries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object')
  .map(([subpath]) => (subpath === '.' ? 'statuskit' : `statuskit/${subpath.slice(2)}`))

function breaksTheRule(name: string, value: unknown): string | undefined {
  const isClass = typeof value === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(value))
  if (isClass) return /^[A-Z][A-Za-z0-9]*$/.test(name) ? undefined : 'a class is PascalCase'
  if (typeof value === 'function') {
    const verb = /^[a-z]+/.exec(name)?.[0] ?? ''
    if (VERBS.includes(verb) || NAMED_FOR_WHAT_IT_RETURNS.has(name)) return undefined
    return `a function starts with a verb (${verb || name} is not in VERBS), or is listed in NAMED_FOR_WHAT_IT_RETURNS`
  }
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(name) || CONSTANT_OBJECTS.has(name)) return undefined
  return 'a constant is SCREAMING_SNAKE_CASE'
}

describe('public names', () => {
  it('lists the entries of package.json', () => {
    expect(entries).toContain('statuskit')
    expect(entries).toContain('statuskit/fetch')
  })

  it.each(entries)('every runtime export of %s follows the naming rule', async (entry) => {
    const module = (await import(entry)) as Record<string, unknown>
    const broken = Object.entries(module)
      .map(([name, value]) => [name, breaksTheRule(name, value)] as const)
      .filter(([, why]) => why !== undefined)
      .map(([name, why]) => `${name}: ${why}`)
    expect(broken).toEqual([])
  })

  it('the rule refuses a noun function, a camelCase constant and a lowercase class', () => {
    expect(breaksTheRule('pageLayout', () => '')).toMatch(/starts with a verb/)
    expect(breaksTheRule('maxBytes', 65_536)).toMatch(/SCREAMING_SNAKE_CASE/)
    expect(breaksTheRule('problemError', class {})).toMatch(/PascalCase/)
    expect(breaksTheRule('parseProblem', () => '')).toBeUndefined()
    expect(breaksTheRule('MAX_PROBLEM_BODY', 65_536)).toBeUndefined()
  })
})
