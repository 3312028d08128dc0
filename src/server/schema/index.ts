/**
 * statuskit/schema: JSON Schema 2020-12 and OpenAPI 3.1 for the problem types an API
 * declares with `defineProblem()`, so the documentation matches the bodies sent.
 * Build-time tools: most apps load this entry only where they write their OpenAPI
 * document or route schemas.
 *
 * @module
 */

export { problemSchema } from './problem-schema.js'
export type { ProblemSchemaOptions } from './problem-schema.js'
export { validationProblemSchema } from './validation-problem-schema.js'
export { openApiComponents } from './openapi-components.js'
export type { OpenApiComponents, OpenApiComponentsOptions, OpenApiResponse } from './openapi-components.js'
export { JSON_SCHEMA_2020_12 } from './json-schema.js'
export type { JsonSchema } from './json-schema.js'
