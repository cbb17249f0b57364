import type { FieldSel } from '../compile/collectFields';
import type { CypherCompiler } from '../compile/CypherCompiler';
import { dateBound } from '../compile/dateBound';

/**
 * timeline(entity, from, to): HAPPENED entries (HAPPENED_ON claims of the entity itself when it is
 * an event, and of events linked to it by a claim) and REPORTED entries (publication of each
 * report that mentions it), oldest first.
 */
export function compileTimeline(c: CypherCompiler, f: FieldSel): string {
  const id = c.param(f.args['entity']);
  const from = f.args['from'] === null || f.args['from'] === undefined ? null : dateBound(f.args['from'], 'from', 'from');
  const to = f.args['to'] === null || f.args['to'] === undefined ? null : dateBound(f.args['to'], 'to', 'to');
  const fromP = c.param(from);
  const toP = c.param(to);
  return (
    `MATCH (e:Entity {id: ${id}}) ` +
    `CALL (e) { ` +
    `MATCH (ev:Event) WHERE ev = e OR EXISTS { (e)<-[:SUBJECT|OBJECT]-(:Claim)-[:SUBJECT|OBJECT]->(ev) } ` +
    `MATCH (ev)<-[:SUBJECT]-(cl:Claim {predicate: 'HAPPENED_ON'})-[:STATED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(a:Article) ` +
    `RETURN {kind: 'HAPPENED', date: toString(cl.start), end: toString(cl.end), precision: cl.precision, event: ev, claim: cl, article: a} AS entry ` +
    `UNION ` +
    `MATCH (e)<-[:MENTIONS]-(:Sentence)<-[:HAS_SENTENCE]-(a:Article) WHERE a.publishedAt IS NOT NULL WITH DISTINCT a ` +
    `RETURN {kind: 'REPORTED', date: toString(a.publishedAt), end: null, precision: 'day', event: null, claim: null, article: a} AS entry ` +
    `} ` +
    `WITH entry WHERE (${fromP} IS NULL OR coalesce(entry.end, entry.date) >= ${fromP}) AND (${toP} IS NULL OR entry.date <= ${toP}) ` +
    `WITH entry ORDER BY entry.date, entry.kind, entry.article.id, entry.claim.id ` +
    `RETURN ${c.project('entry', f)} AS result`
  );
}
