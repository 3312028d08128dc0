import { expectTypeOf, it } from 'vitest'
import {
  inspectResponse,
  RULES,
  type Finding,
  type InspectResult,
  type RuleInfo,
  type Severity,
} from 'statuskit/inspect'

it('types the result, the findings and the rule list', () => {
  const result = inspectResponse({ request: { method: 'GET', url: '/' }, response: { status: 200, headers: {} } })
  expectTypeOf(result).toEqualTypeOf<InspectResult>()
  expectTypeOf(result.findings).toEqualTypeOf<readonly Finding[]>()
  expectTypeOf<Finding['severity']>().toEqualTypeOf<'error' | 'warning' | 'info'>()
  expectTypeOf<Severity>().toEqualTypeOf<'error' | 'warning' | 'info'>()
  expectTypeOf(RULES).toEqualTypeOf<readonly RuleInfo[]>()
  expectTypeOf(result.summary.cache.source).toEqualTypeOf<'explicit' | 'heuristic' | 'none'>()
})

it('accepts Headers, objects and pairs, and any body', () => {
  inspectResponse({
    request: { method: 'GET', url: '/', headers: new Headers() },
    response: { status: 200, headers: [['a', 'b']], body: new Uint8Array() },
  })
  inspectResponse({
    request: { method: 'GET', url: '/' },
    response: { status: 200, headers: { 'set-cookie': ['a', 'b'] }, body: { ok: true } },
  })
  // @ts-expect-error the response needs a status
  inspectResponse({ request: { method: 'GET', url: '/' }, response: { headers: {} } })
  // @ts-expect-error ignore takes rule ids as strings
  inspectResponse({ request: { method: 'GET', url: '/' }, response: { status: 200, headers: {} } }, { ignore: [1] })
  // @ts-expect-error RULES is read-only
  RULES.push({ id: 'x', severity: 'info', reference: 'x', hint: 'x' })
})
