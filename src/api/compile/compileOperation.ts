import { getOperationAST, Kind, parse, validate, type FragmentDefinitionNode, type GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { rootCompilers } from '../queries/rootCompilers';
import { collectFields } from './collectFields';
import { compileRootField, type CompiledRoot } from './compileRootField';

/**
 * Compiles every compiled root field of a query operation without running it: what the server
 * would send to Neo4j (for snapshots, EXPLAIN checks and benchmarks).
 */
export function compileOperation(schema: GraphQLSchema, source: string, variables: Record<string, unknown> = {}): Map<string, CompiledRoot> {
  const document = parse(source);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('; '));
  const operation = getOperationAST(document);
  if (operation === null || operation === undefined || operation.operation !== 'query') throw new Error('expected one query operation');
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors !== undefined) throw new Error(coerced.errors.map((e) => e.message).join('; '));
  const scope = { schema, fragments, variableValues: coerced.coerced };
  const queryType = schema.getQueryType();
  if (queryType === null || queryType === undefined) throw new Error('schema has no Query type');
  const out = new Map<string, CompiledRoot>();
  for (const [key, f] of collectFields(scope, queryType, [operation.selectionSet])) {
    const compile = rootCompilers[f.name];
    if (compile !== undefined) out.set(key, compileRootField(scope, queryType, f, compile));
  }
  return out;
}
