import type { FieldCompilers } from '../FieldCompiler';
import { entityType, evidenceOrder, limit, newestFirst, predicateFilter, prop } from './fieldHelpers';

/** Fields every entity type shares (the Entity interface). */
export const entityFields: FieldCompilers = {
  id: prop('id'),
  name: prop('name'),
  type: (_c, v) => entityType(v),
  aliases: (c, v, f) => {
    const [r, r2, r3, s, t, n] = ['r', 'r', 'r', 's', 't', 'n'].map((x) => c.fresh(x)) as [string, string, string, string, string, string];
    return c.query(
      f,
      (m) =>
        `MATCH (:Sentence)-[${r}:MENTIONS]->(${v}) WITH DISTINCT ${r}.text AS ${t} ` +
        `WITH ${t}, COUNT { (:Sentence)-[${r2}:MENTIONS]->(${v}) WHERE ${r2}.text = ${t} } AS ${n} ORDER BY ${n} DESC, ${t} ` +
        `WITH {text: ${t}, mentionCount: ${n}, sentences: COLLECT { MATCH (${s}:Sentence)-[${r3}:MENTIONS]->(${v}) WHERE ${r3}.text = ${t} RETURN DISTINCT ${s} }} AS ${m}`,
    );
  },
  mentionCount: (_c, v) => `COUNT { (:Sentence)-[:MENTIONS]->(${v}) }`,
  reportCount: (_c, v) => `size(COLLECT { MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(${v}) RETURN DISTINCT a.id })`,
  reports: (c, v, f) =>
    c.query(f, (m) => `MATCH (${m}:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(${v}) WITH DISTINCT ${m} ORDER BY ${newestFirst(m)} ${limit(c, f)}`),
  claims: (c, v, f) => {
    const s = c.fresh('s');
    const a = c.fresh('a');
    return c.query(
      f,
      (m) =>
        `MATCH (${m}:Claim)-[:SUBJECT|OBJECT]->(${v}) WHERE true${predicateFilter(c, m, f)} WITH DISTINCT ${m} MATCH (${m})-[:STATED_IN]->(${s}:Sentence)<-[:HAS_SENTENCE]-(${a}:Article) WITH ${m}, ${s}, ${a} ORDER BY ${evidenceOrder(m, s, a)} ${limit(c, f)}`,
    );
  },
};
