import type { FieldCompilers } from '../FieldCompiler';
import { entityFields } from './entityFields';

/** Organization: the shared entity fields plus the people reported to hold a role there. */
export const organizationFields: FieldCompilers = {
  ...entityFields,
  members: (c, v, f) => {
    const [cl, c2, p, title] = ['cl', 'c', 'p', 'title'].map((x) => c.fresh(x)) as [string, string, string, string];
    return c.query(
      f,
      (m) =>
        `MATCH (${p}:Person)<-[:SUBJECT]-(${cl}:Claim {predicate: 'HOLDS_ROLE'})-[:OBJECT]->(${v}) ` +
        `WITH DISTINCT ${p}, coalesce(${cl}.qualifier, '') AS ${title} ORDER BY ${p}.name, ${title} ` +
        `WITH {person: ${p}, title: CASE WHEN ${title} = '' THEN null ELSE ${title} END, claims: COLLECT { MATCH (${p})<-[:SUBJECT]-(${c2}:Claim {predicate: 'HOLDS_ROLE'})-[:OBJECT]->(${v}) WHERE coalesce(${c2}.qualifier, '') = ${title} RETURN ${c2} }} AS ${m}`,
    );
  },
};
