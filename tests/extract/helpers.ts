import { extractReport } from '../../src/extract/extractReport';
import type { Extraction, ExtractedEntity, Relation, Report } from '../../src/extract/types';

/** Extracts a report made of the given text (published 2020-06-15 by "Test Wire" unless overridden). */
export function extract(text: string, extra: Partial<Report> = {}): Extraction {
  return extractReport({ text, origin: 'test', publishedAt: '2020-06-15', ...extra });
}

/** The entity of that type whose name or alias is `name` (case-insensitive), if any. */
export function entity(x: Extraction, type: ExtractedEntity['type'], name: string): ExtractedEntity | undefined {
  const n = name.toLowerCase();
  return x.entities.find((e) => e.type === type && [e.name, ...e.aliases].some((a) => a.toLowerCase() === n));
}

/** Names of the entities of one type. */
export function names(x: Extraction, type: ExtractedEntity['type']): string[] {
  return x.entities.filter((e) => e.type === type).map((e) => e.name);
}

/** True when a relation links the two named entities with the predicate. */
export function hasRelation(x: Extraction, subject: string, predicate: Relation['predicate'], object: string): boolean {
  const s = x.entities.filter((e) => [e.name, ...e.aliases].some((a) => a.toLowerCase() === subject.toLowerCase())).map((e) => e.key);
  const o = x.entities.filter((e) => [e.name, ...e.aliases].some((a) => a.toLowerCase() === object.toLowerCase())).map((e) => e.key);
  return x.relations.some((r) => r.predicate === predicate && s.includes(r.subject) && o.includes(r.object));
}
