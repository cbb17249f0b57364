import type { FieldSel } from '../compile/collectFields';
import { compileConnection } from '../compile/compileConnection';
import type { CypherCompiler } from '../compile/CypherCompiler';
import { happenedPredicates, reportPredicates, where, type FilterInput } from '../compile/filterClauses';

const SORTS = {
  PUBLISHED_DESC: { key: (n: string) => `coalesce(toString(${n}.publishedAt), '')`, dir: 'DESC' },
  PUBLISHED_ASC: { key: (n: string) => `coalesce(toString(${n}.publishedAt), '9999-12-31')`, dir: 'ASC' },
  TITLE_ASC: { key: (n: string) => `toLower(coalesce(${n}.title, ''))`, dir: 'ASC' },
} as const;

/** articles(filter, sort, first, after): reports as a keyset-paged connection. */
export function compileArticles(c: CypherCompiler, f: FieldSel): string {
  const filter = f.args['filter'] as FilterInput;
  const sortName = String(f.args['sort'] ?? 'PUBLISHED_DESC') as keyof typeof SORTS;
  const sort = SORTS[sortName];
  const match = (n: string): string => {
    const preds = reportPredicates(c, n, filter);
    const cl = c.fresh('cl');
    const happened = happenedPredicates(c, cl, filter);
    if (happened.length > 0) {
      preds.push(`EXISTS { MATCH (${n})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(:Event)<-[:SUBJECT]-(${cl}:Claim {predicate: 'HAPPENED_ON'}) WHERE ${happened.join(' AND ')} }`);
    }
    if (filter !== null && filter !== undefined) {
      if (Array.isArray(filter['mentions'])) {
        const id = c.fresh('id');
        preds.push(`all(${id} IN ${c.param(filter['mentions'])} WHERE EXISTS { (${n})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(:Entity {id: ${id}}) })`);
      }
      if (typeof filter['place'] === 'string') preds.push(`EXISTS { (${n})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(:Place {id: ${c.param(filter['place'])}}) }`);
    }
    return `MATCH (${n}:Article)${where(preds)}`;
  };
  return compileConnection(c, f, { sort: sortName, match, key: sort.key, dir: sort.dir });
}
