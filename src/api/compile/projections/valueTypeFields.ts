import type { FieldCompilers } from '../FieldCompiler';
import { newestFirst, oldestFirst, prop } from './fieldHelpers';

/**
 * Field compilers of the value types: objects that are not graph nodes but maps built by the
 * parent field's subquery (the map keys used here are the ones those subqueries build).
 */
export const valueTypeFields: Record<string, FieldCompilers> = {
  Alias: {
    text: prop('text'),
    mentionCount: prop('mentionCount'),
    reports: (c, v, f) => {
      const s = c.fresh('s');
      return c.query(f, (m) => `UNWIND ${v}.sentences AS ${s} MATCH (${m}:Article)-[:HAS_SENTENCE]->(${s}) WITH DISTINCT ${m} ORDER BY ${newestFirst(m)}`);
    },
  },
  Role: {
    title: prop('title'),
    organization: (c, v, f) => c.one(`${v}.org`, f),
    firstReported: prop('firstReported'),
    reports: (c, v, f) => c.many(`${v}.reports`, f, oldestFirst),
    claims: (c, v, f) => c.many(`${v}.claims`, f, (m) => `${m}.id`),
  },
  Member: {
    person: (c, v, f) => c.one(`${v}.person`, f),
    title: prop('title'),
    claims: (c, v, f) => c.many(`${v}.claims`, f, (m) => `${m}.id`),
  },
  Coordinates: { latitude: prop('latitude'), longitude: prop('longitude') },
  EventDate: {
    start: prop('start'),
    end: prop('end'),
    precision: prop('precision'),
    text: prop('text'),
    claim: (c, v, f) => c.one(`${v}.claim`, f),
  },
  EventPlace: {
    place: (c, v, f) => c.one(`${v}.place`, f),
    claims: (c, v, f) => c.many(`${v}.claims`, f, (m) => `${m}.id`),
  },
  Participant: {
    entity: (c, v, f) => c.one(`${v}.entity`, f),
    part: prop('part'),
    claims: (c, v, f) => c.many(`${v}.claims`, f, (m) => `${m}.id`),
  },
  EventLink: {
    event: (c, v, f) => c.one(`${v}.event`, f),
    claims: (c, v, f) => c.many(`${v}.claims`, f, (m) => `${m}.id`),
  },
  FigureLine: {
    counts: prop('counts'),
    values: prop('values'),
    disputed: (_c, v) => `size(${v}.values) > 1`,
    reports: (c, v, f) => c.many(`${v}.reports`, f),
  },
  FigureReport: {
    value: (_c, v) => `toFloat(${v}.claim.value)`,
    qualifier: (_c, v) => `${v}.claim.qualifier`,
    text: (_c, v) => `${v}.claim.text`,
    report: (c, v, f) => c.one(`${v}.report`, f),
    source: (c, v, f) => {
      const a = c.fresh('a');
      return c.queryOne(f, (m) => `WITH ${v}.report AS ${a} MATCH (${a})-[:PUBLISHED_BY]->(${m}:Source)`);
    },
    publishedAt: (_c, v) => `toString(${v}.report.publishedAt)`,
    sentence: (c, v, f) => c.one(`${v}.sentence`, f),
    claim: (c, v, f) => c.one(`${v}.claim`, f),
  },
  MentionedEntity: {
    entity: (c, v, f) => c.one(`${v}.entity`, f),
    mentionCount: prop('mentionCount'),
    forms: prop('forms'),
  },
  RelatedReport: {
    article: (c, v, f) => c.one(`${v}.article`, f),
    sharedEntityCount: (_c, v) => `size(${v}.shared)`,
    sharedEntities: (c, v, f) => c.many(`${v}.shared`, f, (m) => `${m}.name, ${m}.id`),
  },
  Mention: {
    text: prop('text'),
    start: prop('start'),
    end: prop('end'),
    resolution: prop('resolution'),
    entity: (c, v, f) => c.one(`${v}.entity`, f),
  },
  Path: {
    length: (_c, v) => `size(${v}.entities) - 1`,
    entities: (c, v, f) => c.many(`${v}.entities`, f),
    hops: (c, v, f) => {
      const i = c.fresh('i');
      return c.query(
        f,
        (m) => `UNWIND range(0, size(${v}.entities) - 2) AS ${i} WITH ${i} ORDER BY ${i} WITH {from: ${v}.entities[${i}], to: ${v}.entities[${i} + 1]} AS ${m}`,
      );
    },
  },
  Hop: {
    from: (c, v, f) => c.one(`${v}.from`, f),
    to: (c, v, f) => c.one(`${v}.to`, f),
    claims: (c, v, f) => {
      const x = c.fresh('x');
      const y = c.fresh('y');
      const s = c.fresh('s');
      const a = c.fresh('a');
      return c.query(
        f,
        (m) =>
          `WITH ${v}.from AS ${x}, ${v}.to AS ${y} MATCH (${x})<-[:SUBJECT|OBJECT]-(${m}:Claim)-[:SUBJECT|OBJECT]->(${y}) WITH DISTINCT ${m} ` +
          `MATCH (${m})-[:STATED_IN]->(${s}:Sentence)<-[:HAS_SENTENCE]-(${a}:Article) WITH ${m}, ${s}, ${a} ORDER BY ${a}.publishedAt, ${a}.id, ${s}.index, ${m}.id`,
      );
    },
  },
  TimelineEntry: {
    kind: prop('kind'),
    date: prop('date'),
    end: prop('end'),
    precision: prop('precision'),
    event: (c, v, f) => c.one(`${v}.event`, f),
    claim: (c, v, f) => c.one(`${v}.claim`, f),
    article: (c, v, f) => c.one(`${v}.article`, f),
  },
  Cooccurrence: {
    entity: (c, v, f) => c.one(`${v}.entity`, f),
    reportCount: (_c, v) => `size(${v}.reports)`,
    sentenceCount: prop('sentenceCount'),
    reports: (c, v, f) => c.many(`${v}.reports`, f, newestFirst),
  },
  SourceCount: { source: (c, v, f) => c.one(`${v}.source`, f), count: prop('count') },
  MonthCount: { month: prop('month'), count: prop('count') },
};
