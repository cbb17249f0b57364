import type { FieldCompiler } from '../FieldCompiler';
import { pageSize } from '../pageSize';
import type { FieldSel } from '../collectFields';
import type { CypherCompiler } from '../CypherCompiler';

/** A stored property of the parent (node property or map key). */
export const prop = (name: string): FieldCompiler => (_c, v) => `${v}.${name}`;

/** A date or datetime property, as an ISO string. */
export const isoProp = (name: string): FieldCompiler => (_c, v) => `toString(${v}.${name})`;

/** `LIMIT toInteger($first)` for a checked page-size argument. */
export function limit(c: CypherCompiler, f: FieldSel, max = 100): string {
  return `LIMIT toInteger(${c.param(pageSize(f.args['first'], 'first', max))})`;
}

/** Labels of the four entity types. */
export const ENTITY_TYPES = ['Person', 'Organization', 'Place', 'Event'] as const;

/** Expression giving the entity type label of node `v`. */
export const entityType = (v: string): string => `head([l IN labels(${v}) WHERE l IN ['Person', 'Organization', 'Place', 'Event']])`;

/** Reports ordered newest first (for `ORDER BY`). */
export const newestFirst = (a: string): string => `${a}.publishedAt DESC, ${a}.id`;

/** Reports ordered oldest first. */
export const oldestFirst = (a: string): string => `${a}.publishedAt, ${a}.id`;

/** Claims in evidence order: report date, report, sentence, predicate, id. Needs (cl)-[:STATED_IN]->(s)<-[:HAS_SENTENCE]-(a). */
export const evidenceOrder = (cl: string, s: string, a: string): string => `${a}.publishedAt, ${a}.id, ${s}.index, ${cl}.predicate, ${cl}.id`;

/** A `WHERE`-part restricting claim `cl` to the `predicates` argument when it was given. */
export function predicateFilter(c: CypherCompiler, cl: string, f: FieldSel): string {
  const preds = f.args['predicates'];
  return Array.isArray(preds) ? ` AND ${cl}.predicate IN ${c.param(preds)}` : '';
}
