import type { MentionRef } from './buildEntities';
import type { Token } from './internalTypes';
import { countryGazetteer } from './countryGazetteer';
import { normalizeName } from './normalizeName';
import { addRelation, anyMentionStartingAt, datelinePlace, isTopLevel, isTownKey, mentionStartingAt, skipDeterminers, type RelationContext } from './relationContext';
import { SPEECH_VERBS } from './roleWords';
import { scanNounPhrase } from './scanNounPhrase';
import { tokenKey } from './tokenKey';
import type { GeoInfo } from './types';
import { isPossessiveMark } from './tokenize';

const STATION = new Set(['stationed', 'deployed', 'based', 'garrisoned', 'positioned']);
const LOCATE = new Set(['located', 'headquartered', 'situated', 'based']);
/** Adverbs between the comma and a participle: "the Y regiment, then stationed in P". */
const PARTICIPLE_ADVERBS = new Set(['then', 'once', 'later', 'still', 'now', 'previously', 'formerly', 'also']);
const MILITARY = /\b(?:forces|force|army|regiment|brigade|battalion|division|corps|troops|militants|militia|fleet|squadron|unit|guards|military|navy)\b/i;

/**
 * STATIONED_IN and LOCATED_IN: "the X regiment (of ...), stationed in P", "the embassy in P",
 * "X, based in P", "City, Country".
 */
export function findLocationRelations(rc: RelationContext): void {
  const toks = rc.ctx.doc.tokens;
  for (const m of rc.built.mentions) {
    if (m.type === 'Organization') {
      let k = m.end;
      if (toks[k]?.lower === 'of') {
        const np = scanNounPhrase(rc.ctx.doc, k + 1);
        if (np) k = np.end;
      }
      if (toks[k]?.text === ',') {
        k += 1;
        while (toks[k] && PARTICIPLE_ADVERBS.has((toks[k] as Token).lower)) k += 1;
      }
      // ", an independent research group based in P", ", a cooperative of five farms based in P".
      if (/^(?:a|an)$/.test(toks[k]?.lower ?? '')) {
        let d = k + 1;
        while (d < k + 8 && toks[d] && !(toks[d] as Token).cap && ((toks[d] as Token).word || (toks[d] as Token).num) && !LOCATE.has((toks[d] as Token).lower) && !STATION.has((toks[d] as Token).lower)) d += 1;
        if (toks[d] && LOCATE.has((toks[d] as Token).lower) && toks[d + 1]?.lower === 'in') k = d;
      }
      // ", which was (then) stationed in"
      if (toks[k]?.lower === 'which' || toks[k]?.lower === 'that') {
        k += 1;
        while (toks[k] && /^(?:was|were|is|are|had|has|been|then|also|once|later|still)$/.test((toks[k] as Token).lower)) k += 1;
      }
      const verb = toks[k];
      if (verb && (STATION.has(verb.lower) || LOCATE.has(verb.lower)) && toks[k + 1]?.lower === 'in') {
        const place = mentionStartingAt(rc, skipDeterminers(toks, k + 2), ['Place']);
        if (place) {
          const name = rc.byKey.get(m.key)?.name ?? '';
          const predicate = STATION.has(verb.lower) && (MILITARY.test(name) || verb.lower !== 'based') ? 'STATIONED_IN' : 'LOCATED_IN';
          addRelation(rc, m.key, predicate, place.key, m.sentence);
        }
      }
      // "the embassy in P", "the ministry in central P"
      if (toks[m.end]?.lower === 'in') {
        const place = mentionStartingAt(rc, skipCompass(toks, skipDeterminers(toks, m.end + 1)), ['Place']);
        if (place) addRelation(rc, m.key, MILITARY.test(rc.byKey.get(m.key)?.name ?? '') ? 'STATIONED_IN' : 'LOCATED_IN', place.key, m.sentence);
      }
    }
    if (m.type === 'Place' && rc.ctx.candidates[m.candidate]?.rule === 'based') basedIn(rc, m);
    if (m.type === 'Place') {
      placeApposition(rc, m);
      placeInPlace(rc, m);
      demonymSettlement(rc, m);
    }
    if (m.type === 'Organization') {
      orgNamedAfterTown(rc, m);
      statementFromPlace(rc, m);
      countryBody(rc, m);
    }
    if (m.type === 'Place' && toks[m.end]?.text === ',') {
      const next = mentionStartingAt(rc, m.end + 1, ['Place']);
      const inner = rc.byKey.get(m.key)?.geo;
      const outer = next ? rc.byKey.get(next.key)?.geo : undefined;
      const after = next ? toks[next.end] : undefined;
      const listGoesOn = !!after && (after as Token).lower === 'and';
      if (next && inner && outer && outer.featureCode.startsWith('PCL') && !inner.featureCode.startsWith('PCL') && inner.countryCode === outer.countryCode && !listGoesOn) {
        addRelation(rc, m.key, 'LOCATED_IN', next.key, m.sentence);
      }
      // "Austin, Texas": a city, then a region the gazetteer does not list.
      if (next && inner && !outer && !inner.featureCode.startsWith('PCL') && (rc.ctx.candidates[next.candidate]?.rule === 'region-after-city') && !listGoesOn) {
        addRelation(rc, m.key, 'LOCATED_IN', next.key, m.sentence);
      }
    }
  }
}

const IN_WORDS = new Set(['in', 'of', 'inside', 'within']);

/** Words of direction before a place's name: "in southern Y", "in central Y". */
const COMPASS_ADJECTIVES = new Set([
  'northern', 'southern', 'eastern', 'western', 'central', 'north-eastern', 'north-western', 'south-eastern',
  'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower',
]);

/** Past one lower-case word of direction: "southern Y" → the token of Y ("Upper Velmora" is a name whole). */
function skipCompass(toks: Token[], i: number): number {
  return !toks[i]?.cap && COMPASS_ADJECTIVES.has(toks[i]?.lower ?? '') && toks[i + 1]?.cap ? i + 1 : i;
}

/**
 * "<org>, a P-based company" and "the P-based <org>": the organisation is located in P. The
 * description may hold a few more words ("a small P-based engineering firm").
 */
function basedIn(rc: RelationContext, m: MentionRef): void {
  const toks = rc.ctx.doc.tokens;
  // "the P-based X Institute", "the P-based fashion retailer X": the organisation follows (within its
  // name, right after, or after up to three lower-case words that say what it is).
  let after = m.end;
  while (after < m.end + 3 && toks[after]?.word && !toks[after]?.cap && !mentionStartingAt(rc, after, ['Organization'])) after += 1;
  const next = mentionStartingAt(rc, after, ['Organization']);
  if (next) {
    addRelation(rc, next.key, 'LOCATED_IN', m.key, m.sentence);
    return;
  }
  let k = m.start - 1;
  let words = 0;
  while (k >= 0 && words < 3 && (toks[k] as Token).word && !(toks[k] as Token).cap && !['a', 'an', 'the'].includes((toks[k] as Token).lower)) {
    k -= 1;
    words += 1;
  }
  if (!['a', 'an', 'the'].includes(toks[k]?.lower ?? '') || toks[k - 1]?.text !== ',') return;
  const list = rc.bySentence[m.sentence] ?? [];
  // "X Ltd (XL), a P-based company": past the acronym in brackets.
  const end = toks[k - 2]?.text === ')' && toks[k - 4]?.text === '(' ? k - 4 : k - 1;
  const org = list.find((x) => x.type === 'Organization' && x.end === end);
  if (org) addRelation(rc, org.key, 'LOCATED_IN', m.key, m.sentence);
}

/**
 * "X, a town in Y", "X, the main city of Y", "Y's X" (a square in a city): the report places X in Y.
 */
function placeApposition(rc: RelationContext, m: MentionRef): void {
  const toks = rc.ctx.doc.tokens;
  // "the city's X district": the last town named before it in the sentence, else the dateline's town.
  if (isPossessiveMark(toks[m.start - 1]) && /^(?:city|town|capital)$/.test(toks[m.start - 2]?.lower ?? '') && toks[m.start - 3]?.lower === 'the') {
    const isTown = (key: string | undefined): boolean => key !== m.key && isTownKey(rc, key);
    const before = (rc.bySentence[m.sentence] ?? []).filter((x) => x.end < m.start && isTown(x.key));
    const town = before.length > 0 ? before[before.length - 1]?.key : datelinePlace(rc);
    if (town !== undefined && isTown(town) && canContain(rc.byKey.get(m.key)?.geo, rc.byKey.get(town)?.geo)) addRelation(rc, m.key, 'LOCATED_IN', town, m.sentence);
  }
  // "Velmora's Union Square"
  if (isPossessiveMark(toks[m.end])) {
    // "Velmora's capital, Ostrava" / "Velmora's main port Ostrava": a settlement noun before the name.
    let k = m.end + 1;
    let settlement = false;
    for (let n = 0; n < 3 && toks[k] && !(toks[k] as Token).cap && (toks[k] as Token).word; n += 1, k += 1) settlement ||= SETTLEMENT_NOUNS.has((toks[k] as Token).lower);
    if (settlement && toks[k]?.text === ',') k += 1;
    const inner = mentionStartingAt(rc, settlement ? k : m.end + 1, ['Place', 'Organization']);
    if (inner) addRelation(rc, inner.key, 'LOCATED_IN', m.key, m.sentence);
  }
  if (toks[m.end]?.text !== ',') return;
  let k = m.end + 1;
  const det = toks[k];
  if (!det || !/^(?:a|an|the)$/.test(det.lower)) return;
  k += 1;
  let sawNoun = false;
  // "X, a town of some 5,000 people in the northern province of Y", "X, a farming village in the east of Y".
  for (let n = 0; n < 12 && k < toks.length; n += 1, k += 1) {
    const t = toks[k] as Token;
    if (t.sentence !== m.sentence || (!t.word && !t.num && t.text !== ',')) return;
    if (t.cap && t.word && n > 0 && !mentionStartingAt(rc, k, ['Place'])) return;
    if (IN_WORDS.has(t.lower) && sawNoun) {
      const target = mentionStartingAt(rc, placeAfterIn(toks, k + 1), ['Place']);
      if (target && target.key !== m.key) {
        addRelation(rc, m.key, 'LOCATED_IN', target.key, m.sentence);
        return;
      }
    }
    if (SETTLEMENT_NOUNS.has(t.lower)) sawNoun = true;
  }
}

/** Where the place starts after "in": "the Y", "the northern province of Y", "the south of Y". */
function placeAfterIn(toks: Token[], i: number): number {
  let k = skipDeterminers(toks, i);
  const from = k;
  while (k < from + 3 && toks[k] && !(toks[k] as Token).cap && (toks[k] as Token).word && toks[k]?.lower !== 'of') k += 1;
  if (k > from && toks[k]?.lower === 'of') return skipDeterminers(toks, k + 1);
  return from;
}

const SETTLEMENT_NOUNS = new Set(['town', 'city', 'village', 'capital', 'region', 'district', 'province', 'settlement', 'square', 'neighbourhood', 'neighborhood', 'suburb', 'area', 'enclave', 'territory', 'port', 'republic', 'department', 'municipality', 'county', 'prefecture', 'hamlet']);

/** True when `outer` can contain `inner` by the gazetteer: not a country inside something, not across countries. */
function canContain(inner: GeoInfo | undefined, outer: GeoInfo | undefined): boolean {
  if (inner?.featureCode.startsWith('PCL')) return false;
  if (!inner || !outer) return true;
  if (outer.featureCode.startsWith('PPL') && !inner.featureCode.startsWith('PPL')) return false;
  return inner.countryCode === outer.countryCode;
}

/** "the town of X in Y", "X in Y": a place written right before "in" and another place (names nested in an event's name count). */
function placeInPlace(rc: RelationContext, m: MentionRef): void {
  const toks = rc.ctx.doc.tokens;
  // "the Velmgau district of Y": a name that ends in a settlement word, then "of".
  const ofPlace = toks[m.end]?.lower === 'of' && SETTLEMENT_NOUNS.has(toks[m.end - 1]?.lower ?? '');
  if (toks[m.end]?.lower !== 'in' && !ofPlace) return;
  const outer = anyMentionStartingAt(rc, skipCompass(toks, skipDeterminers(toks, m.end + 1)), 'Place');
  if (!outer || outer.key === m.key) return;
  const outerGeo = rc.byKey.get(outer.key)?.geo;
  if (!canContain(rc.byKey.get(m.key)?.geo, outerGeo)) return;
  addRelation(rc, m.key, 'LOCATED_IN', outer.key, m.sentence);
  // "in A, B and C in Y": every place of the list lies in Y.
  const list = (rc.bySentence[m.sentence] ?? []).filter((x) => x.type === 'Place' && x.end <= m.start && isTopLevel(rc, x));
  let start = m.start;
  for (let i = list.length - 1; i >= 0; i -= 1) {
    const prev = list[i] as MentionRef;
    const gap = toks.slice(prev.end, start).map((t) => t.lower);
    if (gap.length === 0 || gap.length > 2 || !gap.every((w) => w === ',' || w === 'and')) break;
    if (prev.key !== outer.key && canContain(rc.byKey.get(prev.key)?.geo, outerGeo)) addRelation(rc, prev.key, 'LOCATED_IN', outer.key, m.sentence);
    start = prev.start;
  }
}

/** "the Velmoran town of X": a demonym before a settlement noun places X in that country, when the report names the country. */
function demonymSettlement(rc: RelationContext, m: MentionRef): void {
  const toks = rc.ctx.doc.tokens;
  if (toks[m.start - 1]?.lower !== 'of' || !SETTLEMENT_NOUNS.has(toks[m.start - 2]?.lower ?? '')) return;
  const byDemonym = countryGazetteer().byDemonym;
  for (let k = m.start - 3; k >= m.start - 5 && k >= 0; k -= 1) {
    const t = toks[k] as Token;
    if (!t.word || t.sentence !== m.sentence) return;
    const country = t.cap ? byDemonym.get(tokenKey(t)) : undefined;
    if (!country) continue;
    const place = rc.built.entities.find((e) => e.type === 'Place' && e.geo?.featureCode.startsWith('PCL') && e.geo.countryCode === country.code);
    const own = rc.byKey.get(m.key)?.geo;
    if (place && (!own || own.countryCode === country.code)) addRelation(rc, m.key, 'LOCATED_IN', place.key, m.sentence);
    return;
  }
}

const townsCache = new WeakMap<RelationContext, Map<string, string>>();

/** Keys of the report's towns and cities (gazetteer populated places) by normalised name and alias. */
function townsByName(rc: RelationContext): Map<string, string> {
  let map = townsCache.get(rc);
  if (!map) {
    map = new Map();
    for (const e of rc.built.entities) {
      if (e.type !== 'Place' || !e.geo?.featureCode.startsWith('PPL')) continue;
      for (const n of [e.name, ...(e.aliases ?? [])]) map.set(normalizeName(n), e.key);
    }
    townsCache.set(rc, map);
  }
  return map;
}

/** "the Velmora Music Academy": an organisation whose name begins with a town the report names is in that town. */
function orgNamedAfterTown(rc: RelationContext, m: MentionRef): void {
  const toks = rc.ctx.doc.tokens;
  const memoKey = `town-org|${m.key}`;
  if (m.end - m.start < 2 || rc.memo.has(memoKey)) return;
  rc.memo.add(memoKey);
  const towns = townsByName(rc);
  if (towns.size === 0) return;
  const one = tokenKey(toks[m.start] as Token);
  const two = m.end - m.start > 2 ? `${one} ${tokenKey(toks[m.start + 1] as Token)}` : '';
  const town = towns.get(one) ?? (two ? towns.get(two) : undefined);
  if (town) addRelation(rc, m.key, 'LOCATED_IN', town, m.sentence);
}

/** Heads of bodies that sit abroad: an embassy of a country is not in it. */
const ABROAD_HEADS = /\b(?:embass(?:y|ies)|consulates?|missions?|delegations?|representations?|legations?|high commissions?)\b/i;

/** "Velmora's Ministry of Fisheries": a body named with a country's possessive is in that country (not its embassy). */
function countryBody(rc: RelationContext, m: MentionRef): void {
  const toks = rc.ctx.doc.tokens;
  const country = anyMentionStartingAt(rc, m.start, 'Place');
  if (!country || !isPossessiveMark(toks[country.end]) || !rc.byKey.get(country.key)?.geo?.featureCode.startsWith('PCL')) return;
  if (ABROAD_HEADS.test(rc.byKey.get(m.key)?.name ?? '')) return;
  addRelation(rc, m.key, 'LOCATED_IN', country.key, m.sentence);
}

/** "In Ostrava, the Velmora Trust said ...": an organisation speaking from the place that opens the sentence is there. */
function statementFromPlace(rc: RelationContext, m: MentionRef): void {
  const toks = rc.ctx.doc.tokens;
  if (!SPEECH_VERBS.has(toks[m.end]?.lower ?? '')) return;
  let k = m.start - 1;
  if (toks[k]?.lower === 'the') k -= 1;
  if (toks[k]?.text !== ',') return;
  const place = (rc.bySentence[m.sentence] ?? []).find((p) => p.type === 'Place' && p.end === k);
  const first = rc.ctx.doc.sentenceTokens[m.sentence]?.[0];
  if (place && first !== undefined && place.start === first + 1 && toks[first]?.lower === 'in') addRelation(rc, m.key, 'LOCATED_IN', place.key, m.sentence);
}
