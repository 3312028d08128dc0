/**
 * A JSON Schema (2020-12) as a plain object: what `problemSchema()` returns and what
 * `extensionsJsonSchema` takes.
 *
 * @example
 * ```ts
 * import type { JsonSchema } from 'statuskit/schema'
 * const members: JsonSchema = { type: 'object', properties: { currentVersion: { type: 'integer' } }, required: ['currentVersion'] }
 * ```
 */
export type JsonSchema = { readonly [keyword: string]: unknown }

/** The dialect URI of JSON Schema 2020-12, the `$schema` of every standalone schema. */
export const JSON_SCHEMA_2020_12 = 'https://json-schema.org/draft/2020-12/schema'
