import type { RelationContext } from './relationContext';
import type { Relation } from './types';

/**
 * LOCATED_IN from the gazetteer: a place the gazetteer puts in a country (same country code, not a
 * country itself) lies in that country when the report names both, anywhere in the report. Marked
 * `basis: 'gazetteer'`; anchored to the sentence where the place is first named. A pair the text
 * already states (any sentence) is not repeated.
 */
export function findGazetteerContainment(rc: RelationContext): void {
  const countries = new Map<string, string>();
  for (const e of rc.built.entities) {
    if (e.type === 'Place' && e.geo?.featureCode.startsWith('PCL') && !countries.has(e.geo.countryCode)) countries.set(e.geo.countryCode, e.key);
  }
  if (countries.size === 0) return;
  const stated = new Set(rc.relations.filter((r) => r.predicate === 'LOCATED_IN').map((r) => `${r.subject}|${r.object}`));
  for (const e of rc.built.entities) {
    if (e.type !== 'Place' || e.geo === undefined || e.geo.featureCode.startsWith('PCL')) continue;
    const country = countries.get(e.geo.countryCode);
    const first = e.mentions[0];
    if (country === undefined || country === e.key || first === undefined || stated.has(`${e.key}|${country}`)) continue;
    const rel: Relation = { subject: e.key, predicate: 'LOCATED_IN', object: country, sentence: first.sentence, evidence: rc.ctx.doc.sentences[first.sentence]?.text ?? '', basis: 'gazetteer' };
    rc.relations.push(rel);
  }
}
