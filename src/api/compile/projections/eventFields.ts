import type { FieldCompilers } from '../FieldCompiler';
import type { CypherCompiler } from '../CypherCompiler';
import type { FieldSel } from '../collectFields';
import { entityFields } from './entityFields';
import { evidenceOrder, prop } from './fieldHelpers';

/** Parts an entity can play in an event (claim predicates linking it to the event). */
const PARTS = "['ORGANIZED', 'SPOKE_AT', 'PARTICIPATED_IN', 'INITIATED', 'PERPETRATED', 'INVOLVES']";

/** Claims with `predicate` and subject `v`, in evidence order, bound to `m` in a subquery. */
function subjectClaims(c: CypherCompiler, v: string, f: FieldSel, predicate: string): string {
  const s = c.fresh('s');
  const a = c.fresh('a');
  return c.query(
    f,
    (m) => `MATCH (${m}:Claim {predicate: '${predicate}'})-[:SUBJECT]->(${v}) MATCH (${m})-[:STATED_IN]->(${s}:Sentence)<-[:HAS_SENTENCE]-(${a}:Article) WITH ${m}, ${s}, ${a} ORDER BY ${evidenceOrder(m, s, a)}`,
  );
}

/** Event links (COMMEMORATES) from `v` as subject (`out`) or object. */
function links(c: CypherCompiler, v: string, f: FieldSel, out: boolean): string {
  const c2 = c.fresh('c');
  const o = c.fresh('e');
  const [mine, theirs] = out ? ['SUBJECT', 'OBJECT'] : ['OBJECT', 'SUBJECT'];
  return c.query(
    f,
    (m) =>
      `MATCH (${v})<-[:${mine}]-(:Claim {predicate: 'COMMEMORATES'})-[:${theirs}]->(${o}:Event) WITH DISTINCT ${o} ORDER BY ${o}.name, ${o}.id ` +
      `WITH {event: ${o}, claims: COLLECT { MATCH (${v})<-[:${mine}]-(${c2}:Claim {predicate: 'COMMEMORATES'})-[:${theirs}]->(${o}) RETURN DISTINCT ${c2} }} AS ${m}`,
  );
}

/** Event: the shared entity fields plus when, where, who and how many, all as attributed claims. */
export const eventFields: FieldCompilers = {
  ...entityFields,
  kind: prop('kind'),
  when: (c, v, f) => {
    const cl = c.fresh('cl');
    return c.query(
      f,
      (m) =>
        `MATCH (${cl}:Claim {predicate: 'HAPPENED_ON'})-[:SUBJECT]->(${v}) WITH ${cl} ORDER BY toString(${cl}.start), toString(${cl}.end), ${cl}.id ` +
        `WITH {start: toString(${cl}.start), end: toString(${cl}.end), precision: ${cl}.precision, text: ${cl}.text, claim: ${cl}} AS ${m}`,
    );
  },
  where: (c, v, f) => {
    const c2 = c.fresh('c');
    const p = c.fresh('p');
    const claims = c.fresh('claims');
    return c.query(
      f,
      (m) =>
        `MATCH (${v})<-[:SUBJECT]-(:Claim {predicate: 'TOOK_PLACE_IN'})-[:OBJECT]->(${p}:Place) WITH DISTINCT ${p} ` +
        `WITH ${p}, COLLECT { MATCH (${v})<-[:SUBJECT]-(${c2}:Claim {predicate: 'TOOK_PLACE_IN'})-[:OBJECT]->(${p}) RETURN DISTINCT ${c2} } AS ${claims} ` +
        `ORDER BY size(${claims}) DESC, ${p}.name, ${p}.id WITH {place: ${p}, claims: ${claims}} AS ${m}`,
    );
  },
  participants: (c, v, f) => {
    const [cl, c2, o, part] = ['cl', 'c', 'o', 'part'].map((x) => c.fresh(x)) as [string, string, string, string];
    return c.query(
      f,
      (m) =>
        `MATCH (${v})<-[:SUBJECT|OBJECT]-(${cl}:Claim)-[:SUBJECT|OBJECT]->(${o}:Entity) WHERE ${cl}.predicate IN ${PARTS} AND ${o} <> ${v} ` +
        `WITH DISTINCT ${o}, ${cl}.predicate AS ${part} ORDER BY ${part}, ${o}.name, ${o}.id ` +
        `WITH {entity: ${o}, part: ${part}, claims: COLLECT { MATCH (${v})<-[:SUBJECT|OBJECT]-(${c2}:Claim)-[:SUBJECT|OBJECT]->(${o}) WHERE ${c2}.predicate = ${part} RETURN DISTINCT ${c2} }} AS ${m}`,
    );
  },
  commemorates: (c, v, f) => links(c, v, f, true),
  commemoratedBy: (c, v, f) => links(c, v, f, false),
  figures: (c, v, f) => subjectClaims(c, v, f, 'REPORTED_FIGURE'),
  namedAs: (c, v, f) => subjectClaims(c, v, f, 'NAMED_AS'),
  figureLedger: (c, v, f) => {
    const [cl, c2, c3, s, a, counts, x] = ['cl', 'c', 'c', 's', 'a', 'counts', 'x'].map((n) => c.fresh(n)) as [string, string, string, string, string, string, string];
    const figureClaim = (k: string): string => `(${k}:Claim {predicate: 'REPORTED_FIGURE'})-[:SUBJECT]->(${v}) WHERE coalesce(${k}.counts, '') = ${counts}`;
    return c.query(
      f,
      (m) =>
        `MATCH (${cl}:Claim {predicate: 'REPORTED_FIGURE'})-[:SUBJECT]->(${v}) WITH DISTINCT coalesce(${cl}.counts, '') AS ${counts} ORDER BY ${counts} ` +
        `WITH {counts: ${counts}, ` +
        `reports: COLLECT { MATCH ${figureClaim(c2)} MATCH (${c2})-[:STATED_IN]->(${s}:Sentence)<-[:HAS_SENTENCE]-(${a}:Article) WITH ${c2}, ${s}, ${a} ORDER BY ${evidenceOrder(c2, s, a)} RETURN {claim: ${c2}, sentence: ${s}, report: ${a}} }, ` +
        `values: COLLECT { MATCH ${figureClaim(c3)} RETURN DISTINCT toFloat(${c3}.value) AS ${x} ORDER BY ${x} }} AS ${m}`,
    );
  },
};
