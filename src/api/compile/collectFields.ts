import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  typeFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** One selected field (all field nodes sharing a response key are merged, as GraphQL execution does). */
export interface FieldSel {
  /** The response key: the alias, or the field name. */
  key: string;
  name: string;
  fieldDef: GraphQLField<unknown, unknown>;
  /** Coerced argument values (defaults applied). */
  args: Record<string, unknown>;
  nodes: FieldNode[];
}

/** What the compiler needs from an operation to walk selections. */
export interface OperationScope {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

function included(scope: OperationScope, node: FieldNode | { directives?: readonly unknown[] }): boolean {
  const n = node as FieldNode;
  const skip = getDirectiveValues(GraphQLSkipDirective, n, scope.variableValues);
  if (skip?.['if'] === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, n, scope.variableValues);
  return include?.['if'] !== false;
}

function applies(scope: OperationScope, condition: GraphQLNamedType | undefined, type: GraphQLObjectType): boolean {
  if (condition === undefined || condition === type) return true;
  if (isAbstractType(condition)) return scope.schema.isSubType(condition, type);
  return false;
}

/**
 * The fields selected on the concrete `type` by the given selection sets, keyed by response key,
 * following fragments and @skip/@include. Meta fields (`__typename`) are left to graphql-js.
 */
export function collectFields(scope: OperationScope, type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): Map<string, FieldSel> {
  const out = new Map<string, FieldSel>();
  const visited = new Set<string>();
  const walk = (set: SelectionSetNode): void => {
    for (const sel of set.selections) {
      if (!included(scope, sel)) continue;
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        const key = sel.alias?.value ?? sel.name.value;
        const hit = out.get(key);
        if (hit !== undefined) {
          hit.nodes.push(sel);
          continue;
        }
        const fieldDef = type.getFields()[sel.name.value];
        if (fieldDef === undefined) continue;
        const args = getArgumentValues(fieldDef, sel, scope.variableValues);
        out.set(key, { key, name: sel.name.value, fieldDef, args, nodes: [sel] });
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition === undefined ? undefined : (typeFromAST(scope.schema, sel.typeCondition) as GraphQLNamedType | undefined);
        if (applies(scope, cond, type)) walk(sel.selectionSet);
      } else {
        const name = sel.name.value;
        if (visited.has(name)) continue;
        visited.add(name);
        const frag = scope.fragments[name];
        if (frag === undefined) continue;
        const cond = typeFromAST(scope.schema, frag.typeCondition) as GraphQLNamedType | undefined;
        if (applies(scope, cond, type)) walk(frag.selectionSet);
      }
    }
  };
  for (const s of selectionSets) walk(s);
  return out;
}

/** The selection sets under a field (one per merged field node). */
export function subSelections(f: FieldSel): SelectionSetNode[] {
  return f.nodes.flatMap((n) => (n.selectionSet === undefined ? [] : [n.selectionSet]));
}
