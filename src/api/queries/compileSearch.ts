import type { FieldSel } from '../compile/collectFields';
import { compileConnection } from '../compile/compileConnection';
import type { CypherCompiler } from '../compile/CypherCompiler';
import { luceneQuery } from '../compile/luceneQuery';

/** search(text, types, first, after): the full-text index entity_names, best score first. */
export function compileSearch(c: CypherCompiler, f: FieldSel): string {
  const q = c.param(luceneQuery(String(f.args['text'])));
  const types = f.args['types'];
  const typeFilter = (n: string): string => (Array.isArray(types) ? ` AND any(l IN labels(${n}) WHERE l IN ${c.param(types)})` : '');
  const match = (n: string): string => `CALL db.index.fulltext.queryNodes('entity_names', ${q}) YIELD node AS ${n}, score WHERE ${n}:Entity${typeFilter(n)}`;
  return compileConnection(c, f, {
    sort: 'SCORE',
    match: (n) => `${match(n)} WITH ${n}, score`,
    key: () => 'score',
    dir: 'DESC',
  });
}
