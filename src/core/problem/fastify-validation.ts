import type { HttpProblem } from './http-problem.js'
import { escapeToken, pointerFragment } from './json-pointer.js'
import { validationProblem, type ValidationExtensions, type ValidationIssue } from './validation-problem.js'

/** Most issues copied from one Fastify validation error. */
const MAX_ISSUES = 100

function read(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
}

/**
 * The 400 problem for a Fastify (Ajv) validation error: each entry of `validation`
 * becomes an issue, its `instancePath` (plus `params.missingProperty` for `required`) a
 * `pointer` into the body in fragment form (`#/age`, as `fromIssues()` writes it), or a `parameter` / `header` name for the query
 * string, route parameters and headers. Internal; called by `toProblem()`.
 */
export function fastifyValidationProblem(error: unknown): HttpProblem<400, ValidationExtensions> {
  const context = read(error, 'validationContext')
  const entries = read(error, 'validation') as unknown[]
  const issues: ValidationIssue[] = []
  for (const entry of entries.slice(0, MAX_ISSUES)) {
    const message = read(entry, 'message')
    const instancePath = read(entry, 'instancePath')
    const missing = read(read(entry, 'params'), 'missingProperty')
    let path = typeof instancePath === 'string' ? instancePath : ''
    if (typeof missing === 'string') path += `/${escapeToken(missing)}`
    const detail = typeof message === 'string' ? message : 'is invalid'
    if (context === 'querystring' || context === 'params') issues.push({ detail, parameter: path.split('/')[1] ?? '' })
    else if (context === 'headers') issues.push({ detail, header: path.split('/')[1] ?? '' })
    else issues.push({ detail, pointer: pointerFragment(path) })
  }
  return validationProblem(issues, { cause: error })
}
