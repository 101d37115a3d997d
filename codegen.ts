import type { CodegenConfig } from '@graphql-codegen/cli';

// The server prints schema.gql; until it exists run with CODEGEN_SCHEMA=tmp/schema.draft.gql.
const schema = process.env.CODEGEN_SCHEMA ?? 'schema.gql';

const out = 'libs/web/data-access/src/generated';

const shared = {
  scalars: { DateTime: 'string' },
  enumsAsTypes: true,
  useTypeImports: true,
  // Unknown scalars must be narrowed explicitly instead of leaking `any` into screens.
  defaultScalarType: 'unknown',
};

const config: CodegenConfig = {
  overwrite: true,
  schema,
  documents: 'libs/web/data-access/src/graphql/**/*.graphql',
  generates: {
    // typescript-operations 6 emits the enums/inputs it uses on its own, so running it in the same
    // file as the `typescript` plugin declares them twice (TS2300). The schema types therefore get
    // their own file and the operations import them from there.
    [`${out}/schema-types.ts`]: {
      plugins: ['typescript'],
      config: shared,
    },
    [`${out}/graphql.ts`]: {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        ...shared,
        // Resolved from the workspace root; codegen rewrites it relative to the output file.
        importSchemaTypesFrom: `${out}/schema-types.ts`,
        // Apollo adds __typename to every selection except the root types.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        // Optional input fields stay optional so screens can omit what they do not change.
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;
