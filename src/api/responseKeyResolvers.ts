import type { GraphQLFieldResolver } from 'graphql';
import { encodeCursor } from './compile/cursor';
import { fieldRegistry } from './compile/fieldRegistry';
import type { CompiledRow } from './compile/CompiledRow';

type FieldResolvers = Record<string, GraphQLFieldResolver<CompiledRow, unknown>>;

const byKey: GraphQLFieldResolver<CompiledRow, unknown> = (parent, _args, _ctx, info) => parent[String(info.path.key)];
const cursorByKey: GraphQLFieldResolver<CompiledRow, unknown> = (parent, _args, _ctx, info) => encodeCursor(parent[String(info.path.key)]);

const CURSOR_FIELDS = new Set(['cursor', 'startCursor', 'endCursor']);

/**
 * Field resolvers for every compiled type: read the value under the response key (so aliases of
 * one field with different arguments stay apart) and encode cursors. No resolver here queries.
 */
export function responseKeyResolvers(): Record<string, FieldResolvers> {
  const out: Record<string, FieldResolvers> = {};
  for (const [type, compilers] of Object.entries(fieldRegistry)) {
    const fields: FieldResolvers = {};
    for (const field of Object.keys(compilers)) fields[field] = CURSOR_FIELDS.has(field) && (type.endsWith('Edge') || type === 'PageInfo') ? cursorByKey : byKey;
    out[type] = fields;
  }
  return out;
}

/** Concrete type of a compiled row of an abstract type (the compiler adds `__type`). */
export const resolveCompiledType = (row: CompiledRow): string | undefined => row.__type;
