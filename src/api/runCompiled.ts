import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../server/context';
import type { FieldSel } from './compile/collectFields';
import { compileRootField } from './compile/compileRootField';
import type { CypherCompiler } from './compile/CypherCompiler';

/** The selection of the root field being resolved, as the compiler sees it. */
export function rootFieldSel(info: GraphQLResolveInfo, args: Record<string, unknown>): FieldSel {
  const fieldDef = info.parentType.getFields()[info.fieldName];
  if (fieldDef === undefined) throw new Error(`no field ${info.fieldName}`);
  return { key: String(info.path.key), name: info.fieldName, fieldDef, args, nodes: [...info.fieldNodes] };
}

/**
 * Resolves a root field with exactly one read query: the whole selection under it is compiled
 * into one statement, whose answer nested field resolvers only read.
 */
export async function runCompiled(
  info: GraphQLResolveInfo,
  ctx: Context,
  args: Record<string, unknown>,
  compile: (c: CypherCompiler, f: FieldSel) => string,
): Promise<unknown> {
  const scope = { schema: info.schema, fragments: info.fragments, variableValues: info.variableValues };
  const compiled = compileRootField(scope, info.parentType, rootFieldSel(info, args), compile);
  const rows = await ctx.db.read<{ result: unknown }>(compiled.query, compiled.params);
  return compiled.list ? rows.map((r) => r.result) : (rows[0]?.result ?? null);
}
