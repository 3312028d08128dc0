import type { ProblemContract, StandardJSONSchemaV1 } from 'statuskit'

/** The members of an object schema that describe extension members. Internal. */
export interface ExtensionMembers {
  readonly properties: Readonly<Record<string, unknown>>
  readonly required: readonly string[]
  readonly defs: Readonly<Record<string, unknown>> | undefined
}

/** Standard member names an extension may not describe (RFC 9457 §3.1). */
const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance'])

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The JSON Schema the definition's Standard Schema gives of itself, for its input (the
 * members as sent on the wire): Standard JSON Schema first, then zod 4's
 * `toJSONSchema()` and arktype's `toJsonSchema()` methods. `undefined` when none exists.
 */
function fromStandardSchema(schema: unknown): unknown {
  if ((typeof schema !== 'object' && typeof schema !== 'function') || schema === null) return undefined
  const props = (schema as Partial<StandardJSONSchemaV1>)['~standard']
  if (props && typeof props.jsonSchema?.input === 'function') return props.jsonSchema.input({ target: 'draft-2020-12' })
  const methods = schema as { toJSONSchema?: (options: object) => unknown; toJsonSchema?: () => unknown }
  if (typeof methods.toJSONSchema === 'function') return methods.toJSONSchema({ target: 'draft-2020-12', io: 'input' })
  if (typeof methods.toJsonSchema === 'function') return methods.toJsonSchema()
  return undefined
}

/**
 * The extension members of a definition, described in JSON Schema: from
 * `extensionsJsonSchema` when given, else from its Standard Schema; none when the
 * definition has neither. Internal.
 *
 * @throws TypeError when the definition has a schema that cannot describe itself (and
 * no `extensionsJsonSchema`), or the JSON Schema is not an object schema of members, or
 * it describes a standard member.
 */
export function extensionMembers(definition: ProblemContract): ExtensionMembers | undefined {
  const where = `the extension members of ${definition.type}`
  let json: unknown = definition.extensionsJsonSchema
  if (json === undefined && definition.extensionsSchema !== undefined) {
    try {
      json = fromStandardSchema(definition.extensionsSchema)
    } catch (error) {
      throw new TypeError(`Cannot describe ${where} in JSON Schema: the schema library refused (give extensionsJsonSchema).`, { cause: error })
    }
    if (json === undefined) {
      throw new TypeError(`Cannot describe ${where} in JSON Schema: the schema exposes none (give extensionsJsonSchema, e.g. from @valibot/to-json-schema).`)
    }
  }
  if (json === undefined) return undefined
  if (!isObject(json) || (json['type'] !== undefined && json['type'] !== 'object')) {
    throw new TypeError(`Invalid JSON Schema of ${where}: expected an object schema ({ type: 'object', properties }).`)
  }
  const properties = json['properties'] ?? {}
  const required = json['required'] ?? []
  const defs = json['$defs']
  if (!isObject(properties) || !Array.isArray(required) || !required.every((name) => typeof name === 'string') || (defs !== undefined && !isObject(defs))) {
    throw new TypeError(`Invalid JSON Schema of ${where}: \`properties\`, \`required\` or \`$defs\` has the wrong type.`)
  }
  for (const name of Object.keys(properties)) {
    if (STANDARD_MEMBERS.has(name)) throw new TypeError(`Invalid JSON Schema of ${where}: \`${name}\` is a standard member, not an extension.`)
  }
  return { properties, required: required, defs }
}

/** A deep copy of `schema` in which every `$ref` starting with `from` starts with `to` instead. Internal. */
export function rebaseRefs(schema: unknown, from: string, to: string): unknown {
  if (Array.isArray(schema)) return schema.map((item) => rebaseRefs(item, from, to))
  if (!isObject(schema)) return schema
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) {
    copy[key] = key === '$ref' && typeof value === 'string' && value.startsWith(from) ? to + value.slice(from.length) : rebaseRefs(value, from, to)
  }
  return copy
}

