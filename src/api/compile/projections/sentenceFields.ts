import type { FieldCompilers } from '../FieldCompiler';
import { prop } from './fieldHelpers';

/** Sentence: the evidence unit, with its report, mentions and claims. */
export const sentenceFields: FieldCompilers = {
  id: prop('id'),
  index: prop('index'),
  start: prop('start'),
  end: prop('end'),
  text: prop('text'),
  article: (c, v, f) => c.queryOne(f, (m) => `MATCH (${m}:Article)-[:HAS_SENTENCE]->(${v})`),
  mentions: (c, v, f) => {
    const r = c.fresh('r');
    const e = c.fresh('e');
    return c.query(
      f,
      (m) =>
        `MATCH (${v})-[${r}:MENTIONS]->(${e}:Entity) WITH ${r}, ${e} ORDER BY ${r}.start, ${e}.id ` +
        `WITH {text: ${r}.text, start: ${r}.start, end: ${r}.end, resolution: ${r}.resolution, entity: ${e}} AS ${m}`,
    );
  },
  claims: (c, v, f) => c.query(f, (m) => `MATCH (${m}:Claim)-[:STATED_IN]->(${v}) WITH ${m} ORDER BY ${m}.predicate, ${m}.id`),
};
