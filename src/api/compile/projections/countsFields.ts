import type { FieldCompilers } from '../FieldCompiler';

/** Counts: aggregations that need no parent node. */
export const countsFields: FieldCompilers = {
  mentionsPerSource: (c, _v, f) => {
    const src = c.fresh('src');
    const r = c.fresh('r');
    const n = c.fresh('n');
    const entity = f.args['entity'];
    const target = typeof entity === 'string' ? `(:Entity {id: ${c.param(entity)}})` : '(:Entity)';
    return c.query(
      f,
      (m) =>
        `MATCH (${src}:Source) WITH ${src}, COUNT { (${src})<-[:PUBLISHED_BY]-(:Article)-[:HAS_SENTENCE]->(:Sentence)-[${r}:MENTIONS]->${target} } AS ${n} ` +
        `WHERE ${n} > 0 WITH ${src}, ${n} ORDER BY ${n} DESC, ${src}.name WITH {source: ${src}, count: ${n}} AS ${m}`,
    );
  },
  reportsPerMonth: (c, _v, f) => {
    const [a, a2, month] = ['a', 'a', 'month'].map((x) => c.fresh(x)) as [string, string, string];
    const id = c.param(f.args['entity']);
    const mentioning = (x: string): string => `(${x}:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(:Entity {id: ${id}})`;
    return c.query(
      f,
      (m) =>
        `MATCH ${mentioning(a)} WHERE ${a}.publishedAt IS NOT NULL WITH DISTINCT substring(toString(${a}.publishedAt), 0, 7) AS ${month} ORDER BY ${month} ` +
        `WITH {month: ${month}, count: size(COLLECT { MATCH ${mentioning(a2)} WHERE substring(toString(${a2}.publishedAt), 0, 7) = ${month} RETURN DISTINCT ${a2} })} AS ${m}`,
    );
  },
};
