// openapi.ts: the same contract, documented
import { openApiComponents } from 'statuskit/schema'
import { versionConflict } from './contract.js'

export const document = {
  openapi: '3.1.0',
  info: { title: 'Orders', version: '1.0.0' },
  paths: {
    '/orders/{id}': {
      put: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '204': { description: 'Updated' },
          '409': { $ref: '#/components/responses/VersionConflict' },
          '422': { $ref: '#/components/responses/ValidationProblem' },
        },
      },
    },
  },
  components: openApiComponents([versionConflict], { validation: true }),
}
