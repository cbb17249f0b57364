import type { FieldSel } from '../compile/collectFields';
import { compileConnection } from '../compile/compileConnection';
import type { CypherCompiler } from '../compile/CypherCompiler';
import { happenedPredicates, mentionedByReport, where, type FilterInput } from '../compile/filterClauses';

const earliest = (n: string): string =>
  `COLLECT { MATCH (hc:Claim {predicate: 'HAPPENED_ON'})-[:SUBJECT]->(${n}) RETURN toString(hc.start) AS d ORDER BY d LIMIT 1 }[0]`;
const latest = (n: string): string =>
  `COLLECT { MATCH (hc:Claim {predicate: 'HAPPENED_ON'})-[:SUBJECT]->(${n}) RETURN toString(coalesce(hc.end, hc.start)) AS d ORDER BY d DESC LIMIT 1 }[0]`;

const SORTS = {
  HAPPENED_ASC: { key: (n: string) => `coalesce(${earliest(n)}, '9999-12-31')`, dir: 'ASC' },
  HAPPENED_DESC: { key: (n: string) => `coalesce(${latest(n)}, '')`, dir: 'DESC' },
  MENTIONS_DESC: { key: (n: string) => `COUNT { (:Sentence)-[:MENTIONS]->(${n}) }`, dir: 'DESC' },
  NAME_ASC: { key: (n: string) => `toLower(${n}.name)`, dir: 'ASC' },
} as const;

/** events(filter, sort, first, after): events as a keyset-paged connection, on either clock. */
export function compileEvents(c: CypherCompiler, f: FieldSel): string {
  const filter = f.args['filter'] as FilterInput;
  const sortName = String(f.args['sort'] ?? 'HAPPENED_ASC') as keyof typeof SORTS;
  const sort = SORTS[sortName];
  const match = (n: string): string => {
    const preds = mentionedByReport(c, n, filter);
    const cl = c.fresh('cl');
    const happened = happenedPredicates(c, cl, filter);
    if (happened.length > 0) preds.push(`EXISTS { MATCH (${cl}:Claim {predicate: 'HAPPENED_ON'})-[:SUBJECT]->(${n}) WHERE ${happened.join(' AND ')} }`);
    if (filter !== null && filter !== undefined) {
      if (typeof filter['place'] === 'string') {
        const p = c.fresh('pl');
        const id = c.param(filter['place']);
        preds.push(
          `EXISTS { MATCH (${n})<-[:SUBJECT]-(:Claim {predicate: 'TOOK_PLACE_IN'})-[:OBJECT]->(${p}:Place) WHERE ${p}.id = ${id} OR EXISTS { (${p})-[:WITHIN]->(:Place {id: ${id}}) } }`,
        );
      }
      if (typeof filter['involves'] === 'string') preds.push(`EXISTS { (${n})<-[:SUBJECT|OBJECT]-(:Claim)-[:SUBJECT|OBJECT]->(:Entity {id: ${c.param(filter['involves'])}}) }`);
      if (typeof filter['kind'] === 'string') preds.push(`${n}.kind = ${c.param(filter['kind'])}`);
    }
    return `MATCH (${n}:Event)${where(preds)}`;
  };
  return compileConnection(c, f, { sort: sortName, match, key: sort.key, dir: sort.dir });
}
