import { PROBLEM_JSON, parseProblem, type ParsedProblem } from 'statuskit'
import type { Exchange } from '../exchange.js'

const MEMBERS = ['type', 'title', 'status', 'detail', 'instance']

/**
 * The body read as a problem document (RFC 9457 §3), with whether it is one: served as
 * `application/problem+json`, or a JSON object with at least two of its standard
 * members. Internal, shared by the problem rules.
 */
export function readProblem(x: Exchange): { parsed: ParsedProblem; declared: boolean; shaped: boolean } {
  const parsed = parseProblem(x.json, { status: x.status })
  const json = x.json as Record<string, unknown>
  const shaped = parsed.valid && MEMBERS.filter((name) => Object.hasOwn(json, name)).length >= 2
  return { parsed, declared: x.mediaType === PROBLEM_JSON, shaped }
}
