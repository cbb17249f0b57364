import type { FieldSel } from '../compile/collectFields';
import type { CypherCompiler } from '../compile/CypherCompiler';
import { pageSize } from '../compile/pageSize';

/** cooccurring(entity, type, first): entities named in the same reports, most shared reports first. */
export function compileCooccurring(c: CypherCompiler, f: FieldSel): string {
  const first = pageSize(f.args['first']);
  const type = f.args['type'];
  const typeFilter = typeof type === 'string' ? ` AND ${c.param(type)} IN labels(o)` : '';
  return (
    `MATCH (e:Entity {id: ${c.param(f.args['entity'])}})<-[:MENTIONS]-(s:Sentence)<-[:HAS_SENTENCE]-(a:Article) ` +
    `MATCH (a)-[:HAS_SENTENCE]->(s2:Sentence)-[:MENTIONS]->(o:Entity) WHERE o <> e${typeFilter} ` +
    `WITH o, collect(DISTINCT a) AS reports, count(DISTINCT CASE WHEN s2 = s THEN s END) AS sentenceCount ` +
    `ORDER BY size(reports) DESC, sentenceCount DESC, o.name, o.id LIMIT toInteger(${c.param(first)}) ` +
    `WITH {entity: o, reports: reports, sentenceCount: sentenceCount} AS co RETURN ${c.project('co', f)} AS result`
  );
}
