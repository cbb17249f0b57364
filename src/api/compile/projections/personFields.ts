import type { FieldCompilers } from '../FieldCompiler';
import { entityFields } from './entityFields';

/** Person: the shared entity fields plus the roles reports gave. */
export const personFields: FieldCompilers = {
  ...entityFields,
  roles: (c, v, f) => {
    const [cl, o, c2, c3, a, title, org, claims, reports] = ['cl', 'o', 'c', 'c', 'a', 'title', 'org', 'claims', 'reports'].map((x) => c.fresh(x)) as [
      string, string, string, string, string, string, string, string, string,
    ];
    // Grouped by (title, organisation) with WITH DISTINCT and subqueries: Neo4j 5.26 rejects aggregation functions nested in map projections.
    return c.query(
      f,
      (m) =>
        `MATCH (${cl}:Claim {predicate: 'HOLDS_ROLE'})-[:SUBJECT]->(${v}) OPTIONAL MATCH (${cl})-[:OBJECT]->(${o}:Entity) ` +
        `WITH DISTINCT coalesce(${cl}.qualifier, '') AS ${title}, ${o} AS ${org} ` +
        `WITH ${title}, ${org}, COLLECT { MATCH (${c2}:Claim {predicate: 'HOLDS_ROLE'})-[:SUBJECT]->(${v}) WHERE coalesce(${c2}.qualifier, '') = ${title} ` +
        `AND CASE WHEN ${org} IS NULL THEN NOT EXISTS { (${c2})-[:OBJECT]->(:Entity) } ELSE EXISTS { (${c2})-[:OBJECT]->(${org}) } END RETURN ${c2} } AS ${claims} ` +
        `WITH ${title}, ${org}, ${claims}, COLLECT { UNWIND ${claims} AS ${c3} MATCH (${c3})-[:STATED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(${a}:Article) RETURN DISTINCT ${a} ORDER BY ${a}.publishedAt, ${a}.id } AS ${reports} ` +
        `ORDER BY ${reports}[0].publishedAt, ${title} ` +
        `WITH {title: CASE WHEN ${title} = '' THEN null ELSE ${title} END, org: ${org}, claims: ${claims}, reports: ${reports}, firstReported: toString(${reports}[0].publishedAt)} AS ${m}`,
    );
  },
};
