import type { ProblemContract } from 'statuskit'
import { extensionMembers, rebaseRefs } from './extensions-json-schema.js'
import { JSON_SCHEMA_2020_12, type JsonSchema } from './json-schema.js'

/**
 * Options of `problemSchema()` and `validationProblemSchema()`.
 *
 * @example
 * ```ts
 * import type { ProblemSchemaOptions } from 'statuskit/schema'
 * const options: ProblemSchemaOptions = { embedded: true }
 * ```
 */
export interface ProblemSchemaOptions {
  /**
   * Leave out `$schema`, for a schema placed inside another document (an OpenAPI
   * document, a Fastify route's response schema, whose Ajv may not know the 2020-12
   * meta-schema).
   * @default false
   */
  readonly embedded?: boolean | undefined
  /**
   * Where the schema will sit, as a JSON Pointer reference (`#/components/schemas/VersionConflict`):
   * `$ref`s into the extension schema's `$defs` are rewritten to start there.
   * @default '#' (the schema is the root)
   */
  readonly location?: string | undefined
}

/** The standard members as every statuskit problem sends them (RFC 9457 §3.1). Internal. */
export function standardMembers(type: JsonSchema, title: string | undefined, status: JsonSchema): Record<string, JsonSchema> {
  return {
    type: { ...type, description: 'URI reference identifying the problem type (RFC 9457 §3.1.1).' },
    title: { type: 'string', description: 'Short summary of the problem type (RFC 9457 §3.1.3).', ...(title === undefined ? {} : { examples: [title] }) },
    status: { ...status, description: 'The HTTP status code (RFC 9457 §3.1.2).' },
    detail: { type: 'string', description: 'Explanation specific to this occurrence (RFC 9457 §3.1.4).' },
    instance: { type: 'string', description: 'URI reference identifying this occurrence (RFC 9457 §3.1.5).' },
  }
}

/**
 * The JSON Schema (2020-12) of one problem type's document, as its `defineProblem()`
 * factory sends it: `type` and `status` as constants, `title`, the optional `detail`
 * and `instance`, and the extension members. Those are described by the definition's
 * `extensionsJsonSchema`, or by its Standard Schema where the library exposes one
 * (Standard JSON Schema: zod 4.2+, arktype 2.1.28+; else zod's `toJSONSchema()` or
 * arktype's `toJsonSchema()`), from the schema's input (the members on the wire). Other
 * members stay allowed: RFC 9457 §3.2 tells clients to ignore unknown extensions.
 *
 * @param definition - A `defineProblem()` factory.
 * @param options - `embedded` (no `$schema`) and `location` (where `$defs` refs point).
 * @returns A fresh JSON Schema object.
 * @throws TypeError when the definition has a Standard Schema that cannot describe
 * itself and no `extensionsJsonSchema` (valibot: use `@valibot/to-json-schema`), or the
 * JSON Schema of the members is not an object schema.
 *
 * @example
 * ```ts
 * import { defineProblem } from 'statuskit'
 * import { problemSchema } from 'statuskit/schema'
 * import * as z from 'zod'
 * const versionConflict = defineProblem({
 *   type: 'https://example.com/probs/version-conflict', status: 409, title: 'Version conflict',
 *   extensions: z.object({ currentVersion: z.number().int() }),
 * })
 * problemSchema(versionConflict)
 * // { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object',
 * //   properties: { type: { const: 'https://example.com/probs/version-conflict', ... }, ..., currentVersion: { type: 'integer', ... } },
 * //   required: ['type', 'title', 'status', 'currentVersion'] }
 * ```
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457#section-3 | RFC 9457 §3}
 */
export function problemSchema(definition: ProblemContract, options?: ProblemSchemaOptions): JsonSchema {
  const members = extensionMembers(definition)
  const location = options?.location ?? '#'
  const extension = members ? (rebaseRefs(members, '#/$defs/', `${location}/$defs/`) as typeof members) : undefined
  return {
    ...(options?.embedded ? {} : { $schema: JSON_SCHEMA_2020_12 }),
    title: definition.title,
    description: `Problem Details (RFC 9457) of type ${definition.type}, status ${definition.status}.`,
    type: 'object',
    properties: {
      ...standardMembers({ type: 'string', const: definition.type }, definition.title, { type: 'integer', const: definition.status }),
      ...extension?.properties,
    },
    required: ['type', 'title', 'status', ...(extension?.required ?? [])],
    ...(extension?.defs ? { $defs: extension.defs } : {}),
  }
}
