import type { FieldCompilers } from '../FieldCompiler';
import { isoProp, limit, newestFirst, predicateFilter, prop } from './fieldHelpers';

/** Article: a report, its source, sentences, entities, claims and related reports. */
export const articleFields: FieldCompilers = {
  id: prop('id'),
  title: (_c, v) => `coalesce(${v}.title, '')`,
  publishedAt: isoProp('publishedAt'),
  url: prop('url'),
  text: prop('text'),
  source: (c, v, f) => c.queryOne(f, (m) => `MATCH (${v})-[:PUBLISHED_BY]->(${m}:Source)`),
  sentences: (c, v, f) => c.query(f, (m) => `MATCH (${v})-[:HAS_SENTENCE]->(${m}:Sentence) WITH ${m} ORDER BY ${m}.index ${limit(c, f, 1000)}`),
  entities: (c, v, f) => {
    const [r, e, n, t] = ['r', 'e', 'n', 't'].map((x) => c.fresh(x)) as [string, string, string, string];
    const types = f.args['types'];
    const typeFilter = Array.isArray(types) ? `WHERE any(l IN labels(${e}) WHERE l IN ${c.param(types)}) ` : '';
    return c.query(
      f,
      (m) =>
        `MATCH (${v})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(${e}:Entity) ${typeFilter}WITH DISTINCT ${e} ` +
        `WITH ${e}, COUNT { (${v})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(${e}) } AS ${n} ORDER BY ${n} DESC, ${e}.name, ${e}.id ${limit(c, f)} ` +
        `WITH {entity: ${e}, mentionCount: ${n}, forms: COLLECT { MATCH (${v})-[:HAS_SENTENCE]->(:Sentence)-[${r}:MENTIONS]->(${e}) RETURN DISTINCT ${r}.text AS ${t} ORDER BY ${t} }} AS ${m}`,
    );
  },
  relatedReports: (c, v, f) => {
    const [e, e2, o, shared] = ['e', 'e', 'o', 'shared'].map((x) => c.fresh(x)) as [string, string, string, string];
    return c.query(
      f,
      (m) =>
        `MATCH (${v})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(${e}:Entity)<-[:MENTIONS]-(:Sentence)<-[:HAS_SENTENCE]-(${o}:Article) WHERE ${o} <> ${v} WITH DISTINCT ${o} ` +
        `WITH ${o}, COLLECT { MATCH (${v})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(${e2}:Entity)<-[:MENTIONS]-(:Sentence)<-[:HAS_SENTENCE]-(${o}) RETURN DISTINCT ${e2} } AS ${shared} ` +
        `ORDER BY size(${shared}) DESC, ${newestFirst(o)} ${limit(c, f)} WITH {article: ${o}, shared: ${shared}} AS ${m}`,
    );
  },
  claims: (c, v, f) => {
    const s = c.fresh('s');
    return c.query(
      f,
      (m) =>
        `MATCH (${v})-[:HAS_SENTENCE]->(${s}:Sentence)<-[:STATED_IN]-(${m}:Claim) WHERE true${predicateFilter(c, m, f)} ` +
        `WITH ${m}, ${s} ORDER BY ${s}.index, ${m}.predicate, ${m}.id ${limit(c, f, 500)}`,
    );
  },
};
