import { PROBLEM_JSON, type ProblemContract } from 'statuskit'
import type { JsonSchema } from './json-schema.js'
import { problemSchema } from './problem-schema.js'
import { validationProblemSchema } from './validation-problem-schema.js'

/**
 * One OpenAPI 3.1 Response Object as `openApiComponents()` writes it: a description and
 * the schema under `application/problem+json` (a type alias, so it fits OpenAPI
 * libraries' own Response Object types).
 *
 * @example
 * ```ts
 * import type { OpenApiResponse } from 'statuskit/schema'
 * const response: OpenApiResponse = {
 *   description: 'Version conflict',
 *   content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/VersionConflict' } } },
 * }
 * ```
 */
export type OpenApiResponse = {
  /** The problem type's title. */
  readonly description: string
  /** The problem document, by reference to its schema. */
  readonly content: {
    readonly [mediaType: string]: {
      /** The reference to the problem type's schema. */
      readonly schema: {
        /** `#/components/schemas/<name>`. */
        readonly $ref: string
      }
    }
  }
}

/**
 * What `openApiComponents()` returns: the `components.schemas` and
 * `components.responses` of an OpenAPI 3.1 document, keyed by the same names.
 *
 * @example
 * ```ts
 * import { openApiComponents, type OpenApiComponents } from 'statuskit/schema'
 * const components: OpenApiComponents = openApiComponents([], { validation: true })
 * ```
 */
export interface OpenApiComponents {
  /** One JSON Schema per problem type. */
  readonly schemas: Record<string, JsonSchema>
  /** One response per problem type, referring to its schema. */
  readonly responses: Record<string, OpenApiResponse>
}

/**
 * Options of `openApiComponents()`.
 *
 * @example
 * ```ts
 * import type { OpenApiComponentsOptions } from 'statuskit/schema'
 * const options: OpenApiComponentsOptions = { validation: true }
 * ```
 */
export interface OpenApiComponentsOptions {
  /**
   * Add the `ValidationProblem` schema and response (`validationProblem()`, 400 or 422).
   * @default false
   */
  readonly validation?: boolean | undefined
}

/** What OpenAPI 3.1 allows as a component name (§4.8.7.1). */
const COMPONENT_NAME = /^[a-zA-Z0-9.\-_]+$/

/** `https://example.com/probs/version-conflict` → `VersionConflict`; `tag:x,2026:key-in-use` → `KeyInUse`. */
function nameOf(type: string): string {
  const last = type.replace(/[/#?]+$/, '').split(/[/:#?]/).pop() ?? ''
  return last
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join('')
}

/**
 * The OpenAPI 3.1 `components` for a set of problem types: a schema each
 * (`problemSchema()`, embedded) and a response each, under `application/problem+json`,
 * so routes refer to `#/components/responses/VersionConflict`. Names come from the last
 * segment of each type URI in PascalCase (`.../version-conflict` → `VersionConflict`),
 * or from the keys when given an object.
 *
 * @param definitions - `defineProblem()` factories, as a list or keyed by component name.
 * @param options - `validation: true` adds `ValidationProblem`.
 * @returns Fresh `schemas` and `responses` objects to spread into `components`.
 * @throws TypeError when two definitions get the same name, a name is not a valid
 * component name, or a definition's members cannot be described (see `problemSchema()`).
 *
 * @example
 * ```ts
 * import { defineProblem } from 'statuskit'
 * import { openApiComponents } from 'statuskit/schema'
 * import * as z from 'zod'
 * const versionConflict = defineProblem({
 *   type: 'https://example.com/probs/version-conflict', status: 409, title: 'Version conflict',
 *   extensions: z.object({ currentVersion: z.number().int() }),
 * })
 * const components = openApiComponents([versionConflict], { validation: true })
 * const document = {
 *   openapi: '3.1.0',
 *   info: { title: 'Orders', version: '1.0.0' },
 *   paths: {
 *     '/orders/{id}': {
 *       put: {
 *         responses: {
 *           '204': { description: 'Updated' },
 *           '409': { $ref: '#/components/responses/VersionConflict' },
 *           '422': { $ref: '#/components/responses/ValidationProblem' },
 *         },
 *       },
 *     },
 *   },
 *   components,
 * }
 * ```
 * @see {@link https://spec.openapis.org/oas/v3.1.0#components-object | OpenAPI 3.1 Components Object}
 */
export function openApiComponents(
  definitions: readonly ProblemContract[] | Readonly<Record<string, ProblemContract>>,
  options?: OpenApiComponentsOptions,
): OpenApiComponents {
  const entries: [string, ProblemContract][] = Array.isArray(definitions)
    ? (definitions as readonly ProblemContract[]).map((definition) => [nameOf(definition.type), definition])
    : Object.entries(definitions as Readonly<Record<string, ProblemContract>>)
  const schemas: Record<string, JsonSchema> = {}
  const responses: Record<string, OpenApiResponse> = {}
  const add = (name: string, schema: JsonSchema, description: string, of: string): void => {
    if (!COMPONENT_NAME.test(name)) throw new TypeError(`Invalid component name for ${of}: expected letters, digits, ".", "-" or "_".`)
    if (Object.hasOwn(schemas, name)) throw new TypeError(`Two problem types are both named ${name} (${of}): give the definitions as an object keyed by name.`)
    schemas[name] = schema
    responses[name] = { description, content: { [PROBLEM_JSON]: { schema: { $ref: `#/components/schemas/${name}` } } } }
  }
  for (const [name, definition] of entries) {
    add(name, problemSchema(definition, { embedded: true, location: `#/components/schemas/${name}` }), definition.title, definition.type)
  }
  if (options?.validation) {
    add('ValidationProblem', validationProblemSchema({ embedded: true }), 'The request is not valid (RFC 9457 validation problem).', 'validation problems')
  }
  return { schemas, responses }
}
