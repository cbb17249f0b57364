import type { FieldSel } from '../compile/collectFields';
import { compileConnection } from '../compile/compileConnection';
import type { CypherCompiler } from '../compile/CypherCompiler';
import { mentionedByReport, where, type FilterInput } from '../compile/filterClauses';

const SORTS = {
  MENTIONS_DESC: { key: (n: string) => `COUNT { (:Sentence)-[:MENTIONS]->(${n}) }`, dir: 'DESC' },
  NAME_ASC: { key: (n: string) => `toLower(${n}.name)`, dir: 'ASC' },
} as const;

/** entities(filter, sort, first, after): entities of any type as a keyset-paged connection. */
export function compileEntities(c: CypherCompiler, f: FieldSel): string {
  const filter = f.args['filter'] as FilterInput;
  const sortName = String(f.args['sort'] ?? 'MENTIONS_DESC') as keyof typeof SORTS;
  const sort = SORTS[sortName];
  const match = (n: string): string => {
    const preds = mentionedByReport(c, n, filter);
    if (filter !== null && filter !== undefined) {
      if (Array.isArray(filter['types'])) preds.push(`any(l IN labels(${n}) WHERE l IN ${c.param(filter['types'])})`);
      if (typeof filter['article'] === 'string') preds.push(`EXISTS { (${n})<-[:MENTIONS]-(:Sentence)<-[:HAS_SENTENCE]-(:Article {id: ${c.param(filter['article'])}}) }`);
      if (typeof filter['place'] === 'string') {
        const cl = c.fresh('cl');
        preds.push(
          `EXISTS { MATCH (${n})<-[:SUBJECT]-(${cl}:Claim)-[:OBJECT]->(:Place {id: ${c.param(filter['place'])}}) WHERE ${cl}.predicate IN ['LOCATED_IN', 'TOOK_PLACE_IN', 'STATIONED_IN'] }`,
        );
      }
    }
    return `MATCH (${n}:Entity)${where(preds)}`;
  };
  return compileConnection(c, f, { sort: sortName, match, key: sort.key, dir: sort.dir });
}
