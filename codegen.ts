import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types from schema/*.graphql. Every object type maps to CompiledRow: root resolvers
 * return the nested answer that one compiled Cypher query built, keyed by response key.
 * `npm run codegen` writes the file; `npm run codegen:check` fails when it is out of date.
 */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    [process.env.CODEGEN_OUT ?? 'src/api/generated/resolvers-types.ts']: {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../../server/context#Context',
        defaultMapper: '../compile/CompiledRow#CompiledRow',
        mappers: { Status: '{ version: string; databaseReady: boolean }' },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: false,
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
  },
};

export default config;
