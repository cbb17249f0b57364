import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  type GraphQLObjectType,
} from 'graphql';
import { NewsgraphError } from '../../errors/NewsgraphError';
import { collectFields, subSelections, type FieldSel, type OperationScope } from './collectFields';
import type { FieldCompiler, FieldCompilers } from './FieldCompiler';

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Turns a GraphQL selection into one Cypher expression that builds the whole nested answer:
 * map literals keyed by response key, with COLLECT {} subqueries for nested lists. Values are
 * always $parameters; only generated variable names, labels and relationship types from this
 * code are written into the text.
 */
export class CypherCompiler {
  readonly params: Record<string, unknown> = {};
  private counter = 0;

  constructor(
    readonly scope: OperationScope,
    private readonly registry: Record<string, FieldCompilers>,
  ) {}

  /** Registers a value as a parameter and returns its `$name`. */
  param(value: unknown): string {
    const name = `p${this.counter++}`;
    this.params[name] = value === undefined ? null : value;
    return `$${name}`;
  }

  /** A variable name not used anywhere else in the query. */
  fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  /** The map expression answering `f`'s selection for the value bound to variable `v`. */
  project(v: string, f: FieldSel): string {
    if (!IDENT.test(v)) throw new NewsgraphError(`compiler: ${v} is not a variable`, { code: 'INTERNAL' });
    const type = getNamedType(f.fieldDef.type);
    if (isLeafType(type)) throw new NewsgraphError(`compiler: ${f.name} has no selection`, { code: 'INTERNAL' });
    if (isObjectType(type)) return this.projectObject(v, type, f);
    if (!isAbstractType(type)) throw new NewsgraphError(`compiler: unsupported type of ${f.name}`, { code: 'INTERNAL' });
    const possible = this.scope.schema.getPossibleTypes(type);
    const perType = possible.map((t) => ({ t, fields: this.selected(t, f) }));
    const keys = [...new Set(perType.flatMap((p) => [...p.fields.keys()]))];
    const parts = [`__type: CASE ${possible.map((t) => `WHEN ${v}:${t.name} THEN '${t.name}'`).join(' ')} END`];
    for (const key of keys) {
      const hits = perType.map((p) => ({ t: p.t, hit: p.fields.get(key) }));
      const first = hits[0]?.hit;
      // A field selected on the interface for every type, compiled the same way: compile it once.
      const shared =
        first !== undefined &&
        hits.every((x) => x.hit !== undefined && x.hit.compile === first.compile && sameNodes(x.hit.sel.nodes, first.sel.nodes));
      const expr = shared
        ? first.compile(this, v, first.sel)
        : `CASE ${hits.flatMap((x) => (x.hit === undefined ? [] : [`WHEN ${v}:${x.t.name} THEN ${x.hit.compile(this, v, x.hit.sel)}`])).join(' ')} END`;
      parts.push(`\`${key}\`: ${expr}`);
    }
    return `{${parts.join(', ')}}`;
  }

  private projectObject(v: string, type: GraphQLObjectType, f: FieldSel): string {
    const parts = [...this.selected(type, f)].map(([k, x]) => `\`${k}\`: ${x.compile(this, v, x.sel)}`);
    return `{${parts.join(', ')}}`;
  }

  private selected(type: GraphQLObjectType, f: FieldSel): Map<string, { sel: FieldSel; compile: FieldCompiler }> {
    const compilers = this.registry[type.name];
    if (compilers === undefined) throw new NewsgraphError(`compiler: no projection for ${type.name}`, { code: 'INTERNAL' });
    const out = new Map<string, { sel: FieldSel; compile: FieldCompiler }>();
    for (const [key, sel] of collectFields(this.scope, type, subSelections(f))) {
      if (!IDENT.test(key)) throw new NewsgraphError(`compiler: bad response key ${key}`, { code: 'INTERNAL' });
      const compile = compilers[sel.name];
      if (compile === undefined) throw new NewsgraphError(`compiler: no projection for ${type.name}.${sel.name}`, { code: 'INTERNAL' });
      out.set(key, { sel, compile });
    }
    return out;
  }

  /** A single nullable object from an expression (a node or a map). */
  one(expr: string, f: FieldSel): string {
    if (IDENT.test(expr)) return `CASE WHEN ${expr} IS NULL THEN null ELSE ${this.project(expr, f)} END`;
    const m = this.fresh('o');
    return `head(COLLECT { WITH ${expr} AS ${m} WHERE ${m} IS NOT NULL RETURN ${this.project(m, f)} })`;
  }

  /** A list of objects from a list expression, keeping its order. */
  many(listExpr: string, f: FieldSel, orderBy?: (m: string) => string): string {
    const m = this.fresh('l');
    const order = orderBy === undefined ? '' : ` WITH ${m} ORDER BY ${orderBy(m)}`;
    return `COLLECT { UNWIND ${listExpr} AS ${m}${order} RETURN ${this.project(m, f)} }`;
  }

  /**
   * A list of objects found by a subquery: `body(m)` must bind `m` (and may order/limit it);
   * the subquery returns the projection of `m`.
   */
  query(f: FieldSel, body: (m: string) => string): string {
    const m = this.fresh('q');
    return `COLLECT { ${body(m)} RETURN ${this.project(m, f)} }`;
  }

  /** The first object found by a subquery (null when none). */
  queryOne(f: FieldSel, body: (m: string) => string): string {
    const m = this.fresh('q');
    return `head(COLLECT { ${body(m)} WITH ${m} LIMIT 1 RETURN ${this.project(m, f)} })`;
  }
}

function sameNodes(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
