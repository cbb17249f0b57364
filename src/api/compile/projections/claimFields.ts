import type { FieldCompilers } from '../FieldCompiler';
import { isoProp, prop } from './fieldHelpers';

/** Claim: one attributed statement, with its entities, sentence, report and source. */
export const claimFields: FieldCompilers = {
  id: prop('id'),
  predicate: prop('predicate'),
  value: prop('value'),
  counts: prop('counts'),
  qualifier: prop('qualifier'),
  start: isoProp('start'),
  end: isoProp('end'),
  precision: prop('precision'),
  text: prop('text'),
  subject: (c, v, f) => c.queryOne(f, (m) => `MATCH (${v})-[:SUBJECT]->(${m}:Entity)`),
  object: (c, v, f) => c.queryOne(f, (m) => `MATCH (${v})-[:OBJECT]->(${m}:Entity)`),
  sentence: (c, v, f) => c.queryOne(f, (m) => `MATCH (${v})-[:STATED_IN]->(${m}:Sentence)`),
  report: (c, v, f) => c.queryOne(f, (m) => `MATCH (${v})-[:STATED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(${m}:Article)`),
  source: (c, v, f) => c.queryOne(f, (m) => `MATCH (${v})-[:STATED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(:Article)-[:PUBLISHED_BY]->(${m}:Source)`),
};
