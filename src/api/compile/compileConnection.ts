import { getNamedType, isObjectType } from 'graphql';
import { collectFields, subSelections, type FieldSel } from './collectFields';
import type { CypherCompiler } from './CypherCompiler';
import { decodeCursor } from './cursor';
import { pageSize } from './pageSize';

/** How to find, order and count the items of a connection. */
export interface ConnectionSpec {
  /** Name of the sort, kept in cursors so that a cursor cannot be used with another sort. */
  sort: string;
  /** Clauses that bind variable `n` to every matching item (MATCH/CALL … WHERE …). */
  match: (n: string) => string;
  /** Expression of the (non-null) sort key of `n`. */
  key: (n: string) => string;
  dir: 'ASC' | 'DESC';
  /** A count of all matching items; defaults to COUNT { match }. */
  total?: (c: CypherCompiler) => string;
}

/**
 * One query for a Relay connection: keyset paging on (sort key, id), one item more than the page
 * to know whether another page follows, totalCount only when selected.
 */
export function compileConnection(c: CypherCompiler, f: FieldSel, spec: ConnectionSpec): string {
  const first = pageSize(f.args['first']);
  const after = f.args['after'];
  const n = c.fresh('n');
  const k = c.fresh('k');
  let keyset = '';
  if (typeof after === 'string') {
    const cur = decodeCursor(after, spec.sort);
    const ck = c.param(cur.key);
    const cid = c.param(cur.id);
    keyset = `WHERE (${k} ${spec.dir === 'DESC' ? '<' : '>'} ${ck} OR (${k} = ${ck} AND ${n}.id > ${cid})) `;
  }
  const type = getNamedType(f.fieldDef.type);
  const wantsTotal = isObjectType(type) && [...collectFields(c.scope, type, subSelections(f)).values()].some((x) => x.name === 'totalCount');
  const t = c.fresh('t');
  const total = !wantsTotal ? 'null' : spec.total !== undefined ? spec.total(c) : `COUNT { ${spec.match(t)} RETURN ${t} }`;
  const firstP = c.param(first);
  return (
    `${spec.match(n)} WITH ${n}, ${spec.key(n)} AS ${k} ${keyset}` +
    `WITH ${n}, ${k} ORDER BY ${k} ${spec.dir}, ${n}.id LIMIT toInteger(${firstP}) + 1 ` +
    `WITH collect({n: ${n}, k: ${k}, s: ${c.param(spec.sort)}}) AS rows ` +
    `WITH {rows: rows, first: toInteger(${firstP}), after: ${c.param(typeof after === 'string')}, total: ${total}} AS conn ` +
    `RETURN ${c.project('conn', f)} AS result`
  );
}
