import type { CypherCompiler } from './CypherCompiler';
import { dateBound } from './dateBound';

/** Filter input as GraphQL coerced it (absent fields are missing or null). */
export type FilterInput = Record<string, unknown> | null | undefined;

const given = (x: unknown): boolean => x !== undefined && x !== null;

/** Predicates on the report `a`: sources, publishedFrom, publishedTo (each only when given). */
export function reportPredicates(c: CypherCompiler, a: string, filter: FilterInput): string[] {
  const out: string[] = [];
  if (filter === null || filter === undefined) return out;
  if (Array.isArray(filter['sources'])) out.push(`EXISTS { (${a})-[:PUBLISHED_BY]->(rs:Source) WHERE rs.id IN ${c.param(filter['sources'])} }`);
  if (given(filter['publishedFrom'])) out.push(`${a}.publishedAt >= date(${c.param(dateBound(filter['publishedFrom'], 'publishedFrom', 'from'))})`);
  if (given(filter['publishedTo'])) out.push(`${a}.publishedAt <= date(${c.param(dateBound(filter['publishedTo'], 'publishedTo', 'to'))})`);
  return out;
}

/** A HAPPENED_ON claim `cl` overlapping happenedFrom..happenedTo (ISO strings compare in date order). */
export function happenedPredicates(c: CypherCompiler, cl: string, filter: FilterInput): string[] {
  const out: string[] = [];
  if (filter === null || filter === undefined) return out;
  if (given(filter['happenedFrom'])) out.push(`toString(coalesce(${cl}.end, ${cl}.start)) >= ${c.param(dateBound(filter['happenedFrom'], 'happenedFrom', 'from'))}`);
  if (given(filter['happenedTo'])) out.push(`toString(${cl}.start) <= ${c.param(dateBound(filter['happenedTo'], 'happenedTo', 'to'))}`);
  return out;
}

/** Predicate: entity `n` is mentioned by a report that satisfies the report filters; none when no report filter is given. */
export function mentionedByReport(c: CypherCompiler, n: string, filter: FilterInput): string[] {
  const a = c.fresh('ra');
  const preds = reportPredicates(c, a, filter);
  if (preds.length === 0) return [];
  return [`EXISTS { MATCH (${n})<-[:MENTIONS]-(:Sentence)<-[:HAS_SENTENCE]-(${a}:Article) WHERE ${preds.join(' AND ')} }`];
}

/** `WHERE p1 AND p2 …`, or nothing. */
export function where(preds: string[]): string {
  return preds.length === 0 ? '' : ` WHERE ${preds.join(' AND ')}`;
}
