import type { CodegenConfig } from '@graphql-codegen/cli';
import * as path from 'node:path';

const workspaceRoot = path.resolve(__dirname, '../../..');

/**
 * Typed documents for the web app from the API's committed schema and this library's operations.
 * `CODEGEN_OUTPUT_DIR` lets the staleness test (src/codegen.spec.ts) generate into a temporary
 * folder with exactly this configuration.
 */
const outputDir = process.env['CODEGEN_OUTPUT_DIR'] ?? path.join(__dirname, 'src/generated');

const config: CodegenConfig = {
  schema: path.join(workspaceRoot, 'apps/api/schema.gql'),
  documents: path.join(__dirname, 'src/operations/*.graphql'),
  errorsOnly: true,
  generates: {
    [path.join(outputDir, 'graphql.ts')]: {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        strictScalars: true,
        // DateTime is an ISO 8601 instant; LocalDate is YYYY-MM-DD.
        scalars: { LocalDate: 'string', DateTime: 'string' },
        useTypeImports: true,
        skipTypename: true,
      },
    },
  },
};

export default config;
