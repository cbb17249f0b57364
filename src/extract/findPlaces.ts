import { isFree, nestedOrganizationAt, ownerOf, addCandidate } from './candidateStore';
import { cityGazetteer } from './cityGazetteer';
import { isCommonWord } from './commonWords';
import { countryGazetteer, type CountryEntry } from './countryGazetteer';
import type { Candidate, ExtractContext, Token, TokenSpan } from './internalTypes';
import { normalizeName } from './normalizeName';
import { TOWN_OFFICE_WORDS, findDateline, findPlaceNamesByGrammar, inDatelineHead, isDateline, isPlaceLike } from './findPlaceNamesByGrammar';
import { BASED_SUFFIX, COMPASS_WORDS, FACILITY_SUFFIXES, GEO_PREFIXES, LOCATIVE_PREPOSITIONS, NEIGHBOUR_WORDS, PEOPLE_ADJECTIVE, REGION_WORDS, SETTLEMENT_WORDS } from './placeWords';
import { isFunctionWord } from './functionWords';
import { isTitleWord } from './roleWords';
import { isSentenceInitial, spanKey, spanText } from './spanText';
import type { GeoInfo } from './types';
import { tokenKey } from './tokenKey';

interface Hit extends TokenSpan {
  key: string;
  country?: CountryEntry;
  cities: readonly number[];
  /** Inside an organisation or event name. */
  nested: boolean;
  strong: boolean;
  /** Country a demonym next to it points to ("the Chilean town of X"). */
  countryHint?: string;
}

const FEATURE_RANK: Record<string, number> = { PPLC: 6, PPLA: 5, PPLA2: 4, PPLA3: 3, PPLA4: 2, PPL: 1 };
/** A city known only from the gazetteer (no locative cue) must be at least this large. */
const MEDIUM_POPULATION = 50000;

const sharedAlternates = new Map<number, readonly string[]>();

function cityGeo(i: number): GeoInfo {
  const e = cityGazetteer().entry(i);
  let alternateNames = sharedAlternates.get(i);
  if (!alternateNames) {
    alternateNames = Object.freeze(e.alternateNames.slice(0, 40));
    sharedAlternates.set(i, alternateNames);
  }
  return {
    gazetteer: 'geonames',
    gazetteerId: e.id,
    name: e.name,
    lat: e.lat,
    lon: e.lon,
    countryCode: e.countryCode,
    featureCode: e.featureCode,
    alternateNames: alternateNames as string[],
    countryId: e.countryCode,
    ...(e.admin1Code !== '' ? { admin1: `${e.countryCode}.${e.admin1Code}` } : {}),
    ...(e.admin1Code !== '' && e.admin2Code !== '' ? { admin2: `${e.countryCode}.${e.admin1Code}.${e.admin2Code}` } : {}),
  };
}

/** Picks the gazetteer entry a name most likely means in this report. */
function bestCity(cities: readonly number[], reportCountries: Set<string>, hint: string | undefined, key: string): number | undefined {
  const g = cityGazetteer();
  let best: number | undefined;
  let bestScore = -Infinity;
  const inReport = cities.some((i) => reportCountries.has(g.countryCode(i)));
  for (const i of cities) {
    const cc = g.countryCode(i);
    if (hint && cc !== hint) continue;
    let score = Math.log10(g.population(i) + 10) + (FEATURE_RANK[g.featureCode(i)] ?? 0) * 0.5;
    if (reportCountries.has(cc)) score += 3;
    // A name that is only an alternate name of this place (in some other language) is weaker evidence
    // than a place bearing it as its own name, even in a country the report names; less so for a major
    // city (half a million people, or a capital or province seat of 100,000) when no place of that name
    // lies in a country the report names: its English name is often an alternate one (the French or German name is its own).
    const major = g.population(i) >= 500000 || (g.population(i) >= 100000 && /^PPL[CA]$/.test(g.featureCode(i)));
    score += normalizeName(g.entry(i).name) === key ? 0.5 : major && !inReport ? -0.5 : -3;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** Country codes the report names by country name or demonym. */
function countriesInText(ctx: ExtractContext): Set<string> {
  const { byName, byDemonym } = countryGazetteer();
  const out = new Set<string>();
  for (const t of ctx.doc.tokens) {
    if (!t.cap) continue;
    const key = tokenKey(t);
    const c = byName.get(key) ?? byDemonym.get(key);
    if (c) out.add(c.code);
  }
  for (const chunk of ctx.chunks) {
    const c = byName.get(spanKey(ctx.doc, chunk.start, chunk.end));
    if (c) out.add(c.code);
  }
  return out;
}

function lookupAt(ctx: ExtractContext, k: number, end: number): { n: number; country?: CountryEntry; cities: readonly number[]; key: string } | undefined {
  const toks = ctx.doc.tokens;
  const { byName, byCode } = countryGazetteer();
  const cities = cityGazetteer();
  const first = tokenKey(toks[k] as Token);
  const longer = cities.startsLongerName(first) || countryFirstWords().has(first);
  for (let n = longer ? Math.min(5, end - k) : Math.min(1, end - k); n >= 1; n -= 1) {
    const text = spanText(ctx.doc, k, k + n);
    const key = spanKey(ctx.doc, k, k + n);
    if (!key) continue;
    // A two-letter code only standing alone: "the US said", not "AS Velmora Basket", nor an agency's code in brackets ("May 3 (XW) -").
    const alone = !(toks[k - 1]?.cap && toks[k - 1]?.word) && !(toks[k + 1]?.cap && toks[k + 1]?.word) && !(toks[k - 1]?.text === '(' && toks[k + 1]?.text === ')');
    const country = byName.get(key) ?? (n === 1 && alone && (toks[k] as Token).allCaps && text.length === 2 ? byCode.get(text) : undefined);
    if (country) return { n, country, cities: [], key };
    const found = cities.lookup(key);
    if (found.length > 0) return { n, cities: found, key };
  }
  return undefined;
}

let firstWordsOfCountries: Set<string> | undefined;
/** First words of multi-word country names ("united", "south"). */
function countryFirstWords(): Set<string> {
  if (!firstWordsOfCountries) {
    firstWordsOfCountries = new Set();
    for (const key of countryGazetteer().byName.keys()) {
      const space = key.indexOf(' ');
      if (space > 0) firstWordsOfCountries.add(key.slice(0, space));
    }
  }
  return firstWordsOfCountries;
}

/** Cues before/after a name that make it a place whatever the gazetteer says about its size. */
function strongCue(ctx: ExtractContext, start: number, end: number): { strong: boolean; hint?: string } {
  const toks = ctx.doc.tokens;
  const { byName, byDemonym } = countryGazetteer();
  const prev = toks[start - 1];
  if (prev && LOCATIVE_PREPOSITIONS.has(prev.lower) && !prev.cap) return { strong: true };
  if (prev && NEIGHBOUR_WORDS.has(prev.lower)) return { strong: true };
  // "a former mayor of X": the office names a town.
  if (prev?.lower === 'of' && TOWN_OFFICE_WORDS.has(toks[start - 2]?.lower ?? '')) return { strong: true };
  if (isDateline(ctx, start, end) || inDatelineHead(ctx, start)) return { strong: true };
  if (prev?.lower === 'of' && toks[start - 2] && SETTLEMENT_WORDS.has((toks[start - 2] as Token).lower)) {
    const demonym = toks[start - 3];
    const c = demonym ? byDemonym.get(tokenKey(demonym)) : undefined;
    return c ? { strong: true, hint: c.code } : { strong: true };
  }
  if (toks[end]?.text === ',' && toks[end + 1] && byName.has(tokenKey(toks[end + 1] as Token))) return { strong: true };
  // "X, a town of some 5,000 people", "X, a mountain village": described as a settlement right after.
  if (toks[end]?.text === ',' && /^(?:a|an)$/.test(toks[end + 1]?.lower ?? '')) {
    for (let k = end + 2; k < end + 6 && toks[k] && !(toks[k] as Token).cap; k += 1) {
      if (SETTLEMENT_WORDS.has((toks[k] as Token).lower)) return { strong: true };
      if (!(toks[k] as Token).word) break;
    }
  }
  return { strong: false };
}

/**
 * Finds places: country and city names from the GeoNames-based gazetteers (longest match over
 * capitalised runs), names before region words ("the X region"), compass names ("South X").
 * A city name needs a cue (a locative preposition, "town of", ", Country") or a large population
 * and a name that is not an everyday word; once accepted, every other mention of it counts.
 */
export function findPlaces(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  const { byDemonym } = countryGazetteer();
  const reportCountries = countriesInText(ctx);
  const hits: Hit[] = [];

  // "the X-based bank" first: the grammar would take "Port X-based" whole for a place.
  findBasedPlaces(ctx, reportCountries);
  findPlaceNamesByGrammar(ctx);

  for (const chunk of ctx.chunks) {
    let k = chunk.start;
    while (k < chunk.end) {
      const top = ownerOf(ctx, k);
      // An organisation's name nested in an event's ("talks mediated by the X Group") rules as its own owner.
      const owner = top && top.type === 'Event' ? (nestedOrganizationAt(ctx, k) ?? top) : top;
      const nested = !!owner && (owner.type === 'Organization' || owner.type === 'Event');
      if ((owner && !nested) || isTitleWord((toks[k] as Token).lower) || byDemonym.has(tokenKey(toks[k] as Token))) {
        // "British Honduras", "Velmoran Tarsk": the name a demonym opens is not the town its next word names.
        k += byDemonym.has(tokenKey(toks[k] as Token)) && !owner && k + 1 < chunk.end && !lookupAt(ctx, k, chunk.end) ? 2 : 1;
        continue;
      }
      // Stay inside one owner (or inside free tokens).
      let limit = k;
      while (limit < chunk.end && ownerOf(ctx, limit) === top && (top === owner || limit < (owner as Candidate).end)) limit += 1;
      const found = lookupAt(ctx, k, limit);
      if (!found) {
        k += 1;
        continue;
      }
      // "US$245 million", "330 million US dollars": a country's name or code before a currency names the currency.
      const sign = toks[k + found.n];
      if ((sign?.text === '$' && sign.start === (toks[k + found.n - 1] as Token).end) || (found.country && CURRENCY_WORDS.has(sign?.lower ?? ''))) {
        k += found.n;
        continue;
      }
      // "Alto Velmo", "Rio Velmo": a town's name as one word of a longer free name is not that town.
      // After "in", "neighbouring" and the like the whole name is the place.
      if ((!owner || owner.type === 'Event') && !found.country && found.n < chunk.end - chunk.start && partOfLongerName(ctx, chunk, k, k + found.n)) {
        const prev = toks[chunk.start - 1];
        if (prev && !prev.cap && (LOCATIVE_PREPOSITIONS.has(prev.lower) || NEIGHBOURING.has(prev.lower))) {
          addCandidate(ctx, { type: 'Place', start: chunk.start, end: chunk.end, name: spanText(ctx.doc, chunk.start, chunk.end), rule: 'longer-name' });
        }
        k = chunk.end;
        continue;
      }
      // Inside an organisation's name only "… of X" / "… in X" or a country name a place: not "WHO Lyon Office".
      if (owner && owner.type === 'Organization' && !found.country && !['of', 'in'].includes(toks[k - 1]?.lower ?? '')) {
        k += found.n;
        continue;
      }
      const cue = strongCue(ctx, k, k + found.n);
      const hit: Hit = { start: k, end: k + found.n, key: found.key, cities: found.cities, nested, strong: !!found.country || cue.strong };
      if (found.country) hit.country = found.country;
      if (cue.hint) hit.countryHint = cue.hint;
      hits.push(hit);
      k += found.n;
    }
  }

  // Which names are places in this report.
  const accepted = new Map<string, GeoInfo>();
  const surnames = new Set<string>();
  for (const c of ctx.candidates) if (c.type === 'Person' && !c.anaphor) surnames.add(normalizeName(c.name.split(/\s+/).pop() ?? ''));
  const g = cityGazetteer();
  const decide = (hit: Hit, allowMedium: boolean): void => {
    if (accepted.has(hit.key)) return;
    if (hit.country) {
      accepted.set(hit.key, hit.country.geo);
      return;
    }
    const best = bestCity(hit.cities, reportCountries, hit.countryHint, hit.key);
    if (best === undefined) return;
    const single = hit.end - hit.start === 1 ? (toks[hit.start] as Token) : undefined;
    // "Boni said" after "Serge Boni": a person's surname; "African basketball": an adjective.
    const surname = !!single && surnames.has(hit.key);
    const adjective = !!single && PEOPLE_ADJECTIVE.test(single.lower) && !!toks[hit.start + 1]?.word && !toks[hit.start + 1]?.cap;
    if (adjective) return;
    const everyday = (!!single && isCommonWord(single.lower)) || surname;
    const medium = allowMedium && !everyday && g.population(best) >= MEDIUM_POPULATION && !(single && isSentenceInitial(ctx.doc, hit.start) && (toks[hit.start + 1]?.cap ?? false));
    if (hit.strong || medium) accepted.set(hit.key, cityGeo(best));
  };
  for (const hit of hits) if (hit.strong) decide(hit, false);
  for (const hit of hits) decide(hit, true);
  // Another spelling of a place already accepted ("Bombay" once "Mumbai" is in) is that place.
  const acceptedIds = new Map<string, GeoInfo>();
  for (const geo of accepted.values()) acceptedIds.set(geo.gazetteerId, geo);
  for (const hit of hits) {
    if (accepted.has(hit.key) || hit.country) continue;
    for (const i of hit.cities) {
      const same = acceptedIds.get(g.entry(i).id);
      if (same) {
        accepted.set(hit.key, same);
        break;
      }
    }
  }

  // A name the report calls a region ("X province", "the provinces of X and Y") is that region, not a
  // small town of that name (a regional capital or a capital city of that name stays a city of its own).
  const regionKeys = new Set(ctx.candidates.filter((c) => c.type === 'Place' && !c.geo && (c.rule === 'region-word' || c.rule === 'admin-of')).map((c) => normalizeName(c.name)));
  for (const hit of hits) {
    const geo = accepted.get(hit.key);
    if (!geo || (!hit.country && regionKeys.has(hit.key) && !/^PPL(?:A|A2|C|G)$/.test(geo.featureCode))) continue;
    const cand: Candidate = { type: 'Place', start: hit.start, end: hit.end, name: spanText(ctx.doc, hit.start, hit.end), rule: hit.country ? 'country' : 'city', geo };
    addCandidate(ctx, cand);
  }
  findDateline(ctx);
  findRegionAfterCity(ctx);
  findListedPlaces(ctx);
  // Later bare mentions of region names found by grammar ("the X region" ... "the X").
  const regionNames = new Map<string, Candidate>();
  for (const c of ctx.candidates) if (c.type === 'Place' && !c.geo) regionNames.set(normalizeName(c.name), c);
  if (regionNames.size > 0) {
    for (const chunk of ctx.chunks) {
      if (!isFree(ctx, chunk.start, chunk.end)) continue;
      const c = regionNames.get(spanKey(ctx.doc, chunk.start, chunk.end));
      if (c) addCandidate(ctx, { type: 'Place', start: chunk.start, end: chunk.end, name: c.name, rule: 'region-repeat' });
    }
  }
}

/**
 * "in Velmora and Ostrel", "in A, B and C": a name the gazetteer lacks, listed after places that follow
 * a locative preposition, is a place too.
 */
function findListedPlaces(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  for (const chunk of ctx.chunks) {
    if (chunk.end - chunk.start > 3 || !isFree(ctx, chunk.start, chunk.end) || !isPlaceLike(ctx, chunk)) continue;
    const link = toks[chunk.start - 1];
    if (!link || (link.lower !== 'and' && link.lower !== 'or' && link.text !== ',')) continue;
    // Walk back over the list: place, ("," place)*, then a locative preposition.
    let k = chunk.start - 2;
    let places = 0;
    for (;;) {
      const before = ownerOf(ctx, k);
      if (!before || before.type !== 'Place' || before.end !== k + 1) break;
      places += 1;
      k = before.start - 1;
      if (toks[k]?.text === ',') k -= 1;
      else break;
    }
    const prep = toks[k];
    if (places > 0 && prep && !prep.cap && LOCATIVE_PREPOSITIONS.has(prep.lower) && prep.sentence === (toks[chunk.start] as Token).sentence) {
      addCandidate(ctx, { type: 'Place', start: chunk.start, end: chunk.end, name: spanText(ctx.doc, chunk.start, chunk.end), rule: 'listed-place' });
    }
  }
}

const NEIGHBOURING = new Set([...NEIGHBOUR_WORDS, 'northern', 'southern', 'eastern', 'western', 'central']);

/**
 * True when [from, to) is part of a free capitalised name of two to four words whose other words
 * are not place words ("Velmora Province" and "Northern Syria" are read by grammar elsewhere).
 */
function partOfLongerName(ctx: ExtractContext, chunk: TokenSpan, from: number, to: number): boolean {
  const n = chunk.end - chunk.start;
  if (n < 2 || n > 4) return false;
  // Free, or all inside one event's name ("the conflict in Alto Velmo").
  const outer = ownerOf(ctx, chunk.start);
  if (!isFree(ctx, chunk.start, chunk.end) && !(outer && outer.type === 'Event' && outer.start <= chunk.start && chunk.end <= outer.end && nestedFree(ctx, chunk))) return false;
  const toks = ctx.doc.tokens;
  for (let k = chunk.start; k < chunk.end; k += 1) {
    if (k >= from && k < to) continue;
    const t = toks[k] as Token;
    if (!t.word || !t.cap || t.allCaps || COMPASS_WORDS.has(t.lower) || REGION_WORDS.has(t.lower) || FACILITY_SUFFIXES.has(t.lower) || GEO_PREFIXES.has(t.lower) || isTitleWord(t.lower) || isFunctionWord(t.lower)) return false;
    if (countryGazetteer().byName.has(tokenKey(t)) || countryGazetteer().byDemonym.has(tokenKey(t))) return false;
  }
  return true;
}

/** True when no candidate other than an event owns a token of the span. */
function nestedFree(ctx: ExtractContext, span: TokenSpan): boolean {
  for (let k = span.start; k < span.end; k += 1) {
    const o = ownerOf(ctx, k);
    if (o && o.type !== 'Event') return false;
  }
  return true;
}

/** Currency words a country's name may stand before: "US dollars", "Swiss francs". */
const CURRENCY_WORDS: ReadonlySet<string> = new Set(['dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'franc', 'francs', 'peso', 'pesos', 'rupee', 'rupees', 'shilling', 'shillings', 'krona', 'kronor', 'krone', 'kroner', 'yen', 'yuan', 'rand', 'dinar', 'dinars', 'real', 'reais']);

/** Lower-case words inside a place's name: "Port of X", "Rio de Y". */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'da', 'do', 'la', 'el', 'es', 'au', 'aux', 'sur', 'on']);

/** "a Velmora-based company", "the Ostland-registered group": the place a hyphenated "-based" names. */
function findBasedPlaces(ctx: ExtractContext, reportCountries: Set<string>): void {
  const toks = ctx.doc.tokens;
  const { byName } = countryGazetteer();
  for (let k = 0; k < toks.length; k += 1) {
    const tok = toks[k] as Token;
    const suffix = BASED_SUFFIX.exec(tok.lower)?.[0];
    if (!tok.cap || suffix === undefined || !isFree(ctx, k, k + 1)) continue;
    const last = tok.text.slice(0, -suffix.length);
    // "a Velmora City-based fund", "the Port of Ostland-based bank": up to three words before (capitalised, or
    // a connector inside) may belong to the name; the longest known one wins.
    for (let j = 3; j >= 0; j -= 1) {
      const from = k - j;
      const words = toks.slice(from, k);
      const fits = words.every((t, i) => t.word && t.sentence === tok.sentence && (t.cap || (i > 0 && NAME_CONNECTORS.has(t.lower))));
      if (from < 0 || !fits || !isFree(ctx, from, k + 1)) continue;
      const name = [...toks.slice(from, k).map((t) => t.text), last].join(' ');
      const key = normalizeName(name);
      let geo: GeoInfo | undefined = byName.get(key)?.geo;
      if (!geo) {
        const best = bestCity(cityGazetteer().lookup(key), reportCountries, undefined, key);
        if (best !== undefined) geo = cityGeo(best);
      }
      if (geo) {
        addCandidate(ctx, { type: 'Place', start: from, end: k + 1, name, rule: 'based', geo });
        break;
      }
    }
  }
}

/** "Austin, Texas", "Spring City, Tenn.": an unknown name right after a city and a comma is the region it lies in. */
function findRegionAfterCity(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  const chunkAt = new Map<number, TokenSpan>();
  for (const ch of ctx.chunks) chunkAt.set(ch.start, ch);
  for (const c of [...ctx.candidates]) {
    if (c.type !== 'Place' || !c.geo || c.geo.featureCode.startsWith('PCL') || toks[c.end]?.text !== ',') continue;
    const chunk = chunkAt.get(c.end + 1);
    if (!chunk || chunk.end - chunk.start > 2 || !isFree(ctx, chunk.start, chunk.end) || ctx.dateTokens[chunk.start]) continue;
    const after = toks[chunk.end];
    if (after && after.word && !['and', 'or', 'on', 'in', 'said', 'says'].includes(after.lower)) continue;
    const name = spanText(ctx.doc, chunk.start, chunk.end);
    if (name.length < 3 || isCommonWord(name.toLowerCase()) || countryGazetteer().byDemonym.has(normalizeName(name))) continue;
    addCandidate(ctx, { type: 'Place', start: chunk.start, end: chunk.end, name, rule: 'region-after-city', kind: 'ADM1' });
  }
}
