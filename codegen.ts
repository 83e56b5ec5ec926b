import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The typed client example: the README's queries as `.graphql` documents under
 * client/operations, typed against the committed schema.graphql. `npm run codegen` writes
 * client/generated; a test checks it is current, and `npm run check` type-checks
 * client/example.ts against it.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['client/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'client/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { LocalDate: 'string', DateTimeISO: 'string' },
      },
    },
  },
};

// graphql-codegen reads the configuration from the default export.
// eslint-disable-next-line import-x/no-default-export
export default config;
