import type { RelationContext } from './relationContext';
import type { ExtractedEntity, Relation } from './types';

/**
 * LOCATED_IN from the gazetteer, between places the report names (anywhere in the report):
 * - a place the gazetteer puts in a country (same country code, not a country itself) lies in that
 *   country;
 * - a place whose administrative codes put it in a region the report names lies in that region, the
 *   narrowest one named ("a town in its district, the district in its province").
 * Marked `basis: 'gazetteer'`; anchored to the sentence where the place is first named. A pair the
 * text already states (any sentence) is not repeated.
 */
export function findGazetteerContainment(rc: RelationContext): void {
  const countries = new Map<string, string>();
  const regions = new Map<string, string>();
  for (const e of rc.built.entities) {
    if (e.type !== 'Place' || e.geo === undefined) continue;
    if (e.geo.featureCode.startsWith('PCL') && !countries.has(e.geo.countryCode)) countries.set(e.geo.countryCode, e.key);
    if (/^ADM[12]$/.test(e.geo.featureCode) && !regions.has(e.geo.gazetteerId)) regions.set(e.geo.gazetteerId, e.key);
  }
  if (countries.size === 0 && regions.size === 0) return;
  const stated = new Set(rc.relations.filter((r) => r.predicate === 'LOCATED_IN').map((r) => `${r.subject}|${r.object}`));
  const link = (e: ExtractedEntity, container: string | undefined): void => {
    const first = e.mentions[0];
    if (container === undefined || container === e.key || first === undefined || stated.has(`${e.key}|${container}`)) return;
    stated.add(`${e.key}|${container}`);
    const rel: Relation = { subject: e.key, predicate: 'LOCATED_IN', object: container, sentence: first.sentence, evidence: rc.ctx.doc.sentences[first.sentence]?.text ?? '', basis: 'gazetteer' };
    rc.relations.push(rel);
  };
  for (const e of rc.built.entities) {
    if (e.type !== 'Place' || e.geo === undefined || e.geo.featureCode.startsWith('PCL')) continue;
    const { geo } = e;
    // The narrowest named region that is not the place itself: its district, else its province.
    const own = geo.gazetteerId;
    const region = [geo.admin2, geo.admin1].map((code) => (code !== undefined && code !== own ? regions.get(code) : undefined)).find((k) => k !== undefined);
    link(e, region);
    link(e, countries.get(geo.countryCode));
  }
}
