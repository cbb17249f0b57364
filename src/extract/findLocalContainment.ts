import { cityGazetteer } from './cityGazetteer';
import { normalizeName } from './normalizeName';
import { isLandmarkName } from './placeWords';
import { addRelation, datelinePlace, isTownKey, type RelationContext } from './relationContext';
import type { ExtractedEntity } from './types';

const isRegion = (e: ExtractedEntity | undefined): boolean => e !== undefined && e.type === 'Place' && e.geo !== undefined && /^ADM[12]$/.test(e.geo.featureCode);

/**
 * LOCATED_IN for what the gazetteer cannot place, from the report's own geography (no `basis`: the
 * report's wording, not the gazetteer, says it):
 * - a body or place without gazetteer facts whose name holds the name of a town or region the report
 *   names lies there ("the X Regional Court", "the University of X", "the Port of X", "X Public
 *   Library"), the narrowest one when it holds several; never a country ("the Embassy of X" is not
 *   in X);
 * - a landmark without gazetteer facts (a square, street, park, palace, centre, airport, church, ...)
 *   that no other relation places lies in the one town named in the sentence that first names it, or,
 *   when that sentence names no town, in the town of the report's dateline.
 * Anchored to the sentence where the body or place is first named. Runs after the other location finders.
 */
export function findLocalContainment(rc: RelationContext): void {
  const places = rc.built.entities.filter((e) => e.type === 'Place');
  if (places.length === 0) return;
  const located = new Set(rc.relations.filter((r) => r.predicate === 'LOCATED_IN').map((r) => r.subject));
  // Town and region names, normalised, with each form's entity ("x" → X).
  const containers = new Map<string, ExtractedEntity>();
  for (const p of places) {
    if (!isTownKey(rc, p.key) && !isRegion(p)) continue;
    for (const f of [p.name, ...p.aliases]) {
      const key = normalizeName(f);
      if (key !== '' && !containers.has(key)) containers.set(key, p);
    }
  }

  for (const e of rc.built.entities) {
    if ((e.type !== 'Organization' && e.type !== 'Place') || e.geo !== undefined || located.has(e.key)) continue;
    const first = e.mentions[0];
    if (first === undefined) continue;
    // A place only when it is a landmark: "Metro X", "the X Valley" and "X Island" hold a town, not lie in one.
    if (e.type === 'Place' && !isLandmarkName(e.name)) continue;
    const inName = containerInName(rc, e, containers);
    if (inName !== undefined) {
      addRelation(rc, e.key, 'LOCATED_IN', inName.key, first.sentence);
      continue;
    }
    if (e.type !== 'Place') continue;
    const home = datelinePlace(rc);
    const homeCountry = home === undefined ? mainCountry(places) : rc.byKey.get(home)?.geo?.countryCode;
    // The dateline's own town counts as no town of the sentence (its first sentence names it).
    const towns = new Set((rc.bySentence[first.sentence] ?? []).filter((m) => m.key !== e.key && m.key !== home && isTownKey(rc, m.key)).map((m) => m.key));
    let town: string | undefined;
    if (towns.size === 1) {
      // The one town of its sentence, unless that lies in another country than the dateline's (a name
      // the gazetteer may have put abroad).
      const only = [...towns][0] as string;
      if (homeCountry === undefined || rc.byKey.get(only)?.geo?.countryCode === homeCountry) town = only;
    } else if (towns.size === 0 && home !== undefined && isTownKey(rc, home) && !namedAfterTown(e.name, homeCountry ?? '')) {
      town = home;
    }
    if (town !== undefined) addRelation(rc, e.key, 'LOCATED_IN', town, first.sentence);
  }
}

/** The country most mentions of the report's gazetteer places lie in (a report without a dateline). */
function mainCountry(places: readonly ExtractedEntity[]): string | undefined {
  const n = new Map<string, number>();
  for (const p of places) if (p.geo !== undefined) n.set(p.geo.countryCode, (n.get(p.geo.countryCode) ?? 0) + p.mentions.length);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** True when a landmark's name without its last word is a town of the country ("X Airport" named after the town X, not in the dateline's town). */
function namedAfterTown(name: string, countryCode: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  const g = cityGazetteer();
  return g.lookup(normalizeName(words.slice(0, -1).join(' '))).some((i) => g.countryCode(i) === countryCode);
}

/** The town or region whose name the entity's own name holds (word for word), the narrowest: a town before a region. */
function containerInName(rc: RelationContext, e: ExtractedEntity, containers: ReadonlyMap<string, ExtractedEntity>): ExtractedEntity | undefined {
  let region: ExtractedEntity | undefined;
  const own = new Set([e.name, ...e.aliases].map(normalizeName));
  for (const form of [e.name, ...e.aliases]) {
    const words = normalizeName(form).split(' ');
    for (let i = 0; i < words.length; i += 1) {
      for (let j = words.length; j > i; j -= 1) {
        const key = words.slice(i, j).join(' ');
        if (own.has(key)) continue;
        const c = containers.get(key);
        if (c === undefined || c.key === e.key) continue;
        if (isTownKey(rc, c.key)) return c;
        region ??= c;
      }
    }
  }
  return region;
}
