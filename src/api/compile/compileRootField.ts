import { getNullableType, isListType, type GraphQLObjectType } from 'graphql';
import { NewsgraphError } from '../../errors/NewsgraphError';
import type { CypherQuery } from '../../db/cypherFile';
import type { FieldSel, OperationScope } from './collectFields';
import { CypherCompiler } from './CypherCompiler';
import { fieldRegistry } from './fieldRegistry';

/** One root field compiled: the statement, its parameters and whether the field is a list. */
export interface CompiledRoot {
  query: CypherQuery;
  params: Record<string, unknown>;
  list: boolean;
}

/** Compiles one root field (with everything selected under it) into one Cypher statement. */
export function compileRootField(
  scope: OperationScope,
  parentType: GraphQLObjectType,
  f: FieldSel,
  compile: (c: CypherCompiler, f: FieldSel) => string,
): CompiledRoot {
  const c = new CypherCompiler(scope, fieldRegistry);
  const text = compile(c, f);
  if (parentType.getFields()[f.name] === undefined) throw new NewsgraphError(`compiler: no root field ${f.name}`, { code: 'INTERNAL' });
  return { query: { name: `api/${parentType.name.toLowerCase()}/${f.name}`, text }, params: c.params, list: isListType(getNullableType(f.fieldDef.type)) };
}
