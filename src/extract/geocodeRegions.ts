import { normalizeName } from './normalizeName';
import { FACILITY_SUFFIXES, REGION_WORDS } from './placeWords';
import { bareRegionName, divisionKind, regionGazetteer, type RegionEntry } from './regionGazetteer';
import type { ExtractedEntity, GeoInfo } from './types';

/** The GeoInfo of a region: no coordinates, its own admin code, and the codes it lies in. */
export function regionGeo(r: RegionEntry): GeoInfo {
  return {
    gazetteer: 'geonames-admin',
    gazetteerId: r.code,
    name: r.name,
    countryCode: r.countryCode,
    featureCode: r.level === 1 ? 'ADM1' : 'ADM2',
    alternateNames: [],
    countryId: r.countryCode,
    admin1: r.code.split('.').slice(0, 2).join('.'),
    ...(r.level === 2 ? { admin2: r.code } : {}),
  };
}

/**
 * Gives places the city and country gazetteers do not know the region they name ("Punjab province",
 * "Tuscany", "the Northern Region"): a first- or second-level administrative division of a
 * country the report's other places lie in. Left alone: names of squares, streets and buildings,
 * rivers, lakes and other natural features ("the X river"), a region whose division word differs
 * from the report's ("the X Region" is not "X Province"), and a name that fits two regions of those
 * countries at the same level, unless only one of them is in a country the report names as such.
 * A region of the kind the report says ("X province") wins, then a first-level division over a
 * second-level one ("Soria" the province over "Soria" the municipality).
 */
export function geocodeRegions(entities: readonly ExtractedEntity[]): void {
  const inReport = new Set<string>();
  const named = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'Place' || e.geo === undefined) continue;
    inReport.add(e.geo.countryCode);
    if (e.geo.featureCode.startsWith('PCL')) named.add(e.geo.countryCode);
  }
  if (inReport.size === 0) return;
  const g = regionGazetteer();
  for (const e of entities) {
    // A place without gazetteer facts, or a town abroad while the report names countries and not that
    // one ("the province of El Roble", Velmora named, read as a town of that name abroad).
    if (e.type !== 'Place' || (e.geo !== undefined && !(named.size > 0 && !named.has(e.geo.countryCode) && e.geo.featureCode.startsWith('PPL')))) continue;
    const forms = [e.name, ...e.aliases].map((f) => normalizeName(f).replace(/^the /, '')).filter((f) => f !== '');
    if (forms.some(isNotRegion)) continue;
    const kinds = new Set(forms.map(divisionKind).filter((k): k is string => k !== undefined));
    // Each region found, with the kind of division its own name says it is.
    const hits = new Map<RegionEntry, string | undefined>();
    for (const f of forms) {
      for (const key of new Set([f, bareRegionName(f)])) {
        for (const r of g.lookup(key)) {
          if (!inReport.has(r.countryCode) || hits.has(r)) continue;
          const kind = divisionKind(normalizeName(r.name));
          if (kind !== undefined && kinds.size > 0 && !kinds.has(kind)) continue;
          hits.set(r, kind);
        }
      }
    }
    const pick = choose(hits, named, kinds);
    if (pick !== undefined && (e.geo === undefined || named.has(pick.countryCode))) e.geo = regionGeo(pick);
  }
}

/** Codes of REGION_WORDS that may close a region's name. */
const ADMIN_CODES = new Set(['RGN', 'ADM1', 'ADM2', 'ADM3', 'TERR']);

/** A form that names a facility or a natural feature ("X Square", "the X river"), not a region. */
function isNotRegion(form: string): boolean {
  const last = form.slice(form.lastIndexOf(' ') + 1);
  const code = REGION_WORDS.get(last);
  if (code !== undefined) return !ADMIN_CODES.has(code);
  return FACILITY_SUFFIXES.has(last);
}

function choose(hits: ReadonlyMap<RegionEntry, string | undefined>, named: ReadonlySet<string>, kinds: ReadonlySet<string>): RegionEntry | undefined {
  if (hits.size === 0) return undefined;
  let pool = [...hits.keys()].filter((r) => named.has(r.countryCode));
  if (pool.length === 0) pool = [...hits.keys()];
  const sameKind = pool.filter((r) => kinds.has(hits.get(r) ?? ''));
  if (sameKind.length > 0) pool = sameKind;
  const top = pool.some((r) => r.level === 1) ? pool.filter((r) => r.level === 1) : pool;
  return top.length === 1 ? top[0] : undefined;
}
