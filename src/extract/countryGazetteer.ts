import { normalizeName } from './normalizeName';
import type { GeoInfo } from './types';

/** A country or territory of the `world-countries` data set (ISO 3166-1). */
export interface CountryEntry {
  code: string;
  name: string;
  geo: GeoInfo;
  /** English demonyms (Chilean, Peruvian). */
  demonyms: string[];
}

/** Country names and demonyms indexed by normalised name. */
export interface CountryGazetteer {
  byName: Map<string, CountryEntry>;
  byDemonym: Map<string, CountryEntry>;
  byCode: Map<string, CountryEntry>;
  /** Currency codes (USD, AZN): upper-case tokens that are not organisations. */
  currencyCodes: Set<string>;
  /** Normalised language names (Spanish, Quechua): not places. */
  languages: Set<string>;
  /** World regions and subregions of the data set (Melanesia, Western Africa, Southern Asia), by normalised name. */
  worldRegions: Map<string, string>;
}

interface RawCountry {
  region?: string;
  subregion?: string;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  cca2: string;
  cca3: string;
  independent?: boolean | null;
  altSpellings?: string[];
  latlng?: number[];
  currencies?: Record<string, unknown>;
  languages?: Record<string, string>;
  demonyms?: { eng?: { f?: string; m?: string } };
}

const LATIN = /^[\p{Script=Latin}\p{M}\p{N}\s'’.,()-]+$/u;
let cached: CountryGazetteer | undefined;

function plural(demonym: string): string[] {
  if (/(?:ese|ss|sh|ch|Swiss)$/.test(demonym)) return [];
  return [`${demonym}s`];
}

/** A formal state name and the short name inside it: "Republic of X", "Kingdom of the X". */
const FORMAL_PREFIX = /^(?:Republic|Kingdom|Principality|Sultanate|Commonwealth|Federation|State|Grand Duchy) of (?:the )?(\p{Lu}[\p{L}' -]+)$/u;

function build(): CountryGazetteer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const raw = require('world-countries') as RawCountry[];
  const byName = new Map<string, CountryEntry>();
  const byDemonym = new Map<string, CountryEntry>();
  const byCode = new Map<string, CountryEntry>();
  const currencyCodes = new Set<string>();
  const languages = new Set<string>();
  const worldRegions = new Map<string, string>();
  for (const c of raw) {
    for (const lang of Object.values(c.languages ?? {})) languages.add(normalizeName(lang));
    const names = new Set<string>([c.name.common, c.name.official]);
    for (const alt of c.altSpellings ?? []) if (alt.length > 2 && LATIN.test(alt)) names.add(alt);
    for (const n of Object.values(c.name.native ?? {})) {
      if (LATIN.test(n.common)) names.add(n.common);
    }
    // "Bosnian, Herzegovinian": some countries list two demonyms in one string.
    const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].flatMap((d) => (d ? d.split(/\s*,\s*/) : [])).filter((d) => d !== ''))];
    const entry: CountryEntry = {
      code: c.cca2,
      name: c.name.common,
      demonyms,
      geo: {
        gazetteer: 'iso3166',
        gazetteerId: c.cca2,
        name: c.name.common,
        lat: c.latlng?.[0] ?? 0,
        lon: c.latlng?.[1] ?? 0,
        countryCode: c.cca2,
        featureCode: c.independent === false ? 'PCLD' : 'PCLI',
        alternateNames: [...names].filter((n) => n !== c.name.common),
      },
    };
    byCode.set(c.cca2, entry);
    for (const n of names) {
      const key = normalizeName(n);
      if (key && !byName.has(key)) byName.set(key, entry);
    }
    for (const d of demonyms) {
      for (const form of [d, ...plural(d)]) {
        const key = normalizeName(form);
        if (key && !byDemonym.has(key) && !byName.has(key)) byDemonym.set(key, entry);
      }
    }
    for (const cur of Object.keys(c.currencies ?? {})) currencyCodes.add(cur);
    for (const r of [c.region, c.subregion]) if (r) worldRegions.set(normalizeName(r), r);
  }
  // Short forms of formal names ("Republic of Velmora" → "Velmora"), after every common name is in,
  // so a short form never takes a name another country already has ("Korea" stays ambiguous).
  const commonNames = [...byCode.values()].map((e) => normalizeName(e.name));
  for (const entry of byCode.values()) {
    for (const n of [entry.name, ...entry.geo.alternateNames]) {
      const short = FORMAL_PREFIX.exec(n)?.[1];
      const key = short ? normalizeName(short) : '';
      if (key && !byName.has(key) && !byDemonym.has(key) && !commonNames.some((c) => c.endsWith(` ${key}`))) byName.set(key, entry);
    }
  }
  // A name that is also a country's (after every country is in) names the country, not the region.
  for (const k of worldRegions.keys()) if (byName.has(k)) worldRegions.delete(k);
  return { byName, byDemonym, byCode, currencyCodes, languages, worldRegions };
}

/** The country gazetteer, loaded once on first use. */
export function countryGazetteer(): CountryGazetteer {
  if (!cached) cached = build();
  return cached;
}
