import { JSON_SCHEMA_2020_12, type JsonSchema } from './json-schema.js'
import { standardMembers, type ProblemSchemaOptions } from './problem-schema.js'

/**
 * A validation pointer in the form statuskit writes it: a JSON Pointer in URI fragment
 * form (RFC 6901 §6), `#` then `/`-separated tokens in which `~` is always `~0` or `~1`.
 */
const POINTER_FRAGMENT = '^#(/([^/~]|~[01])*)*$'

/**
 * The JSON Schema (2020-12) of the problem `validationProblem()` and
 * `validationProblem.fromIssues()` send: status 400 or 422 and an `errors` array of
 * `{ detail, pointer }` (or `parameter`, `header`), RFC 9457 §3's example shape.
 *
 * @param options - `embedded` (no `$schema`).
 * @returns A fresh JSON Schema object.
 *
 * @example
 * ```ts
 * import { validationProblemSchema } from 'statuskit/schema'
 * const schema = validationProblemSchema({ embedded: true })
 * // use it as the 400 and 422 response schema of a route
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457#section-3 | RFC 9457 §3}
 */
export function validationProblemSchema(options?: Pick<ProblemSchemaOptions, 'embedded'>): JsonSchema {
  const text = (description: string): JsonSchema => ({ type: 'string', description })
  return {
    ...(options?.embedded ? {} : { $schema: JSON_SCHEMA_2020_12 }),
    title: 'Validation problem',
    description: 'Problem Details (RFC 9457) listing the invalid inputs of a request, one entry each.',
    type: 'object',
    properties: {
      ...standardMembers({ type: 'string' }, undefined, { type: 'integer', enum: [400, 422] }),
      errors: {
        type: 'array',
        description: 'The invalid inputs (RFC 9457 §3).',
        items: {
          type: 'object',
          properties: {
            detail: text('What is wrong with this input.'),
            pointer: { ...text('JSON Pointer (RFC 6901) to the member in the request body, in URI fragment form, e.g. #/age.'), pattern: POINTER_FRAGMENT },
            parameter: text('Name of the query parameter.'),
            header: text('Name of the request header.'),
          },
          required: ['detail'],
        },
      },
    },
    required: ['type', 'title', 'status', 'errors'],
  }
}
