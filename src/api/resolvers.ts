import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../server/context';
import { VERSION } from '../version';
import type { CompiledRow } from './compile/CompiledRow';
import type { QueryResolvers, Resolvers } from './generated/resolvers-types';
import { mutationResolvers } from './mutations/mutationResolvers';
import { rootCompilers } from './queries/rootCompilers';
import { resolveCompiledType, responseKeyResolvers } from './responseKeyResolvers';
import { runCompiled } from './runCompiled';

/** A Query field answered by one compiled Cypher query (see src/api/queries/rootCompilers.ts). */
function compiled<T = CompiledRow>(field: keyof typeof rootCompilers) {
  const compile = rootCompilers[field];
  if (compile === undefined) throw new Error(`no compiler for Query.${String(field)}`);
  return (_p: unknown, args: object, ctx: Context, info: GraphQLResolveInfo): Promise<T> => runCompiled(info, ctx, args as Record<string, unknown>, compile) as Promise<T>;
}

const Query: QueryResolvers = {
  status: async (_p, _a, ctx) => ({ version: VERSION, databaseReady: await ctx.db.ping(2000) }),
  node: compiled<CompiledRow | null>('node'),
  entity: compiled<CompiledRow | null>('entity'),
  article: compiled<CompiledRow | null>('article'),
  search: compiled('search'),
  articles: compiled('articles'),
  events: compiled('events'),
  entities: compiled('entities'),
  connections: compiled<CompiledRow[]>('connections'),
  timeline: compiled<CompiledRow[]>('timeline'),
  cooccurring: compiled<CompiledRow[]>('cooccurring'),
  counts: compiled('counts'),
};

/**
 * Thin resolvers: each Query root field compiles its whole selection into ONE Cypher query and
 * returns the nested answer; nested fields only read it by response key; mutations write.
 */
export const resolvers: Resolvers = {
  ...(responseKeyResolvers() as Resolvers),
  Query,
  Mutation: mutationResolvers,
  Node: { __resolveType: (row) => resolveCompiledType(row) as never },
  Entity: { __resolveType: (row) => resolveCompiledType(row) as never },
};
