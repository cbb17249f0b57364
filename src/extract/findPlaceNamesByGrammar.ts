import { addCandidate, isFree, ownerOf } from './candidateStore';
import { cityGazetteer } from './cityGazetteer';
import { isCommonWord } from './commonWords';
import { countryGazetteer } from './countryGazetteer';
import { isFunctionWord } from './functionWords';
import type { ExtractContext, Token, TokenSpan } from './internalTypes';
import { normalizeName } from './normalizeName';
import { regionGazetteer } from './regionGazetteer';
import { COMPASS_WORDS, FACILITY_SUFFIXES, GEO_PREFIXES, LOCATIVE_PREPOSITIONS, NEIGHBOUR_WORDS, PEOPLE_ADJECTIVE, REGION_WORDS, SETTLEMENT_WORDS } from './placeWords';
import { isTitleWord } from './roleWords';
import { spanKey, spanText } from './spanText';
import { tokenKey } from './tokenKey';
import { isPossessiveMark } from './tokenize';

/** True when [start, end) lies inside one organisation or event name (where a place may be nested). */
function insideOneContainer(ctx: ExtractContext, start: number, end: number): boolean {
  const owner = ownerOf(ctx, start);
  if (!owner || (owner.type !== 'Event' && owner.type !== 'Organization')) return false;
  for (let t = start; t < end; t += 1) if (ownerOf(ctx, t) !== owner) return false;
  return true;
}

export function gazetteerKnows(name: string): boolean {
  const key = normalizeName(name);
  return countryGazetteer().byName.has(key) || cityGazetteer().lookup(key).length > 0;
}

/**
 * Every word-boundary prefix of the organisation names found so far, each with a trailing space
 * ("x ", "x state " for "X State University"), so that `startsOrgName` is one lookup.
 */
function orgNamePrefixes(ctx: ExtractContext): Set<string> {
  const out = new Set<string>();
  for (const c of ctx.candidates) {
    if (c.type !== 'Organization') continue;
    const key = normalizeName(c.name);
    for (let sp = key.indexOf(' '); sp >= 0; sp = key.indexOf(' ', sp + 1)) out.add(key.slice(0, sp + 1));
  }
  return out;
}

/** True when the name is a first-level division's ("in X" is the province even when "the X Agency" is named too). */
function isProvince(name: string): boolean {
  return regionGazetteer().lookup(normalizeName(name)).some((r) => r.level === 1);
}

/** True when an organisation found in the report is named by this name plus more words ("X State" of "X State University"). */
function startsOrgName(prefixes: Set<string>, name: string): boolean {
  return prefixes.has(`${normalizeName(name)} `);
}

/** Words that are never place names on their own after "in": languages, demonyms, everyday words. */
export function isPlaceLike(ctx: ExtractContext, span: TokenSpan): boolean {
  const toks = ctx.doc.tokens;
  const { byDemonym, languages } = countryGazetteer();
  for (let k = span.start; k < span.end; k += 1) {
    const t = toks[k] as Token;
    const key = tokenKey(t);
    if (byDemonym.has(key) || languages.has(key) || isTitleWord(t.lower) || isFunctionWord(t.lower)) return false;
  }
  if (span.end - span.start === 1 && isCommonWord((toks[span.start] as Token).lower)) return false;
  const after = toks[span.end];
  if (after && isPossessiveMark(after) && span.end - span.start === 1) return false;
  return true;
}

/** Offices held in a town or region: "the mayor of X". */
export const TOWN_OFFICE_WORDS: ReadonlySet<string> = new Set(['mayor', 'governor', 'prefect', 'alcalde', 'burgomaster', 'intendant']);

/**
 * Places named by grammar rather than (only) by the gazetteer: "the X region", "X Province",
 * "South X", "Trafalgar Square", "Lake X", a capitalised dateline ("LIMA, May 3 -"), and an unknown
 * capitalised name right after a locative preposition ("in Zangora").
 */
export function findPlaceNamesByGrammar(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  const { byName } = countryGazetteer();
  // Only places are added below, so the organisation names stay as they are during the loop.
  let orgPrefixes: Set<string> | undefined;
  for (const chunk of ctx.chunks) {
    const free = isFree(ctx, chunk.start, chunk.end);
    if (!free && !insideOneContainer(ctx, chunk.start, chunk.end)) continue;
    const name = spanText(ctx.doc, chunk.start, chunk.end);
    if (byName.has(spanKey(ctx.doc, chunk.start, chunk.end))) continue;
    const next = toks[chunk.end];
    const last = toks[chunk.end - 1] as Token;
    const first = toks[chunk.start] as Token;
    const n = chunk.end - chunk.start;
    if (next && !next.cap && next.sentence === first.sentence && REGION_WORDS.has(next.lower) && isPlaceLike(ctx, chunk)) {
      addCandidate(ctx, { type: 'Place', start: chunk.start, end: chunk.end, name, rule: 'region-word', kind: REGION_WORDS.get(next.lower) ?? 'RGN', head: next.text, extraAliases: [`${name} ${next.text}`] });
      continue;
    }
    // "St. Olav's Cathedral", "Queen's Park": a possessive name, then a building or site word.
    const owned = toks[chunk.end + 1];
    if (isPossessiveMark(next) && owned?.cap && owned.sentence === first.sentence && FACILITY_SUFFIXES.has(owned.lower) && !isTitleWord(first.lower) && isFree(ctx, chunk.start, chunk.end + 2)) {
      addCandidate(ctx, { type: 'Place', start: chunk.start, end: chunk.end + 2, name: spanText(ctx.doc, chunk.start, chunk.end + 2), rule: 'facility', kind: FACILITY_SUFFIXES.get(owned.lower) ?? 'RGN' });
      continue;
    }
    // "Velmoraplatz", "Tarskstraße": a street or square word written as the end of one word.
    if (n === 1 && free && COMPOUND_STREET.test(first.text)) {
      addCandidate(ctx, { type: 'Place', start: chunk.start, end: chunk.end, name, rule: 'facility', kind: 'ST' });
      continue;
    }
    if (n >= 2 && FACILITY_SUFFIXES.has(last.lower) && !isTitleWord(first.lower)) {
      addCandidate(ctx, { type: 'Place', start: chunk.start, end: chunk.end, name, rule: 'facility', kind: FACILITY_SUFFIXES.get(last.lower) ?? 'RGN' });
      continue;
    }
    // A name the gazetteers know ("Port X", "Mount Y" as a town) is left to them, to get its facts.
    if (n >= 2 && GEO_PREFIXES.has(first.lower) && !gazetteerKnows(name) && !PEOPLE_ADJECTIVE.test(last.lower)) {
      addCandidate(ctx, { type: 'Place', start: chunk.start, end: chunk.end, name, rule: 'geo-prefix', kind: GEO_PREFIXES.get(first.lower) ?? 'RGN' });
      continue;
    }
    // "Central Asian", "West African": a compass word before a people's name is not a place.
    if (n >= 2 && COMPASS_WORDS.has(first.lower) && !gazetteerKnows(name) && !PEOPLE_ADJECTIVE.test(last.lower)) {
      addCandidate(ctx, { type: 'Place', start: chunk.start, end: chunk.end, name, rule: 'compass', kind: 'RGN' });
      continue;
    }
    // "Melanesia", "Western Africa", "the Caribbean": a world region of the country data set.
    if (free && n <= 3 && countryGazetteer().worldRegions.has(spanKey(ctx.doc, chunk.start, chunk.end)) && !(n === 1 && PEOPLE_ADJECTIVE.test(first.lower) && toks[chunk.start - 1]?.lower !== 'the')) {
      addCandidate(ctx, { type: 'Place', start: chunk.start, end: chunk.end, name, rule: 'world-region', kind: 'RGN' });
      continue;
    }
    // "the provinces of X and Y", "the districts of A, B and C": administrative areas, whatever towns share their names.
    if (free && n <= 3 && isPlaceLike(ctx, chunk) && followsAdminOf(toks, chunk.start)) {
      addCandidate(ctx, { type: 'Place', start: chunk.start, end: chunk.end, name, rule: 'admin-of', kind: 'ADM1' });
      continue;
    }
    const before = toks[chunk.start - 1];
    // "a former mayor of X", "the governor of Y": the office names a town or region.
    if (before?.lower === 'of' && !before.cap && TOWN_OFFICE_WORDS.has(toks[chunk.start - 2]?.lower ?? '') && n <= 3 && free && !gazetteerKnows(name) && isPlaceLike(ctx, chunk)) {
      addCandidate(ctx, { type: 'Place', start: chunk.start, end: chunk.end, name, rule: 'office-of' });
      continue;
    }
    // "in Zangora", "the main city of X": a name the gazetteer lacks, after a locative preposition or "<settlement> of".
    const prev = toks[chunk.start - 1];
    const settlementOf = prev?.lower === 'of' && SETTLEMENT_WORDS.has(toks[chunk.start - 2]?.lower ?? '');
    // "to African basketball": an adjective of a people before a noun is no place.
    const adjective = n === 1 && PEOPLE_ADJECTIVE.test(first.lower) && !!next && next.word && !next.cap;
    if (prev && !adjective && ((!prev.cap && (LOCATIVE_PREPOSITIONS.has(prev.lower) || settlementOf)) || NEIGHBOUR_WORDS.has(prev.lower)) && n <= 3 && !gazetteerKnows(name) && isPlaceLike(ctx, chunk) && (settlementOf || !startsOrgName((orgPrefixes ??= orgNamePrefixes(ctx)), name) || isProvince(name))) {
      addCandidate(ctx, { type: 'Place', start: chunk.start, end: chunk.end, name, rule: 'locative' });
      continue;
    }
    // "X, a mostly mountainous region inside ...": a name described as a place right after it.
    if (free && n <= 3 && toks[chunk.end]?.text === ',' && /^(?:a|an|the)$/.test(toks[chunk.end + 1]?.lower ?? '') && !gazetteerKnows(name) && isPlaceLike(ctx, chunk)) {
      for (let k = chunk.end + 2; k < chunk.end + 7; k += 1) {
        const t = toks[k];
        if (!t || !t.word || t.cap) break;
        if (SETTLEMENT_WORDS.has(t.lower)) {
          addCandidate(ctx, { type: 'Place', start: chunk.start, end: chunk.end, name, rule: 'described-place', kind: SETTLEMENT_WORDS.get(t.lower) ?? 'RGN' });
          break;
        }
      }
    }
  }
}

/** One-word street and square names in German, Dutch and Scandinavian: "-straße", "-platz", "-gracht", "-gatan". */
const COMPOUND_STREET = /^\p{Lu}\p{Ll}{2,}(?:straße|strasse|platz|gasse|allee|ufer|damm|gracht|plein|straat|gatan|gade|torget|vägen)$/u;

/**
 * Plural administrative area words that take their names after "of" ("the provinces of A and B"; the
 * singular is left to the other rules: "the old district of X" names a district of the city X).
 */
const ADMIN_OF: ReadonlySet<string> = new Set([
  'provinces', 'regions', 'districts', 'states', 'counties', 'departments', 'prefectures', 'governorates', 'oblasts',
  'cantons', 'municipalities',
]);

/** True when the name at `start` follows "<admin areas> of", in a list: "provinces of A, B and C". */
function followsAdminOf(toks: Token[], start: number): boolean {
  let k = start - 1;
  const sentence = toks[start]?.sentence;
  for (let steps = 0; k >= 1 && steps < 14 && toks[k]?.sentence === sentence; steps += 1) {
    const t = toks[k] as Token;
    if (t.lower === 'of' && !t.cap) return ADMIN_OF.has(toks[k - 1]?.lower ?? '') && !toks[k - 1]?.cap;
    // Back over earlier names of the list ("A, B and").
    if (!(t.text === ',' || t.lower === 'and' || (t.cap && t.word))) return false;
    k -= 1;
  }
  return false;
}

/** Sentences a dateline may open: a headline-like deck or a standfirst may come first. */
const DATELINE_SENTENCES = 3;

/**
 * The token where the report's dateline opens, or -1: the start of the first sentence that opens
 * with upper-case words followed by a comma, a full stop or a dash ("LIMA, May 3 (Agency) -",
 * "LIMA / QUITO —"), among the first three, the second and third only when they open a paragraph.
 */
export function datelineStart(ctx: ExtractContext): number {
  return dateline(ctx).start;
}

/** The dateline's start and the end of its upper-case head ("LIMA / QUITO"), found once per report. */
function dateline(ctx: ExtractContext): { start: number; headEnd: number } {
  if (ctx.dateline !== undefined) return ctx.dateline;
  const toks = ctx.doc.tokens;
  const { sentenceTokens, sentenceParagraph } = ctx.doc;
  let found = { start: -1, headEnd: -1 };
  for (let s = 0; s < Math.min(DATELINE_SENTENCES, sentenceTokens.length) && found.start < 0; s += 1) {
    const [from, to] = sentenceTokens[s] as [number, number];
    if (s > 0 && sentenceParagraph[s] === sentenceParagraph[s - 1]) continue;
    let e = from;
    while (e < to && e < from + 10 && ((toks[e] as Token).allCaps || /^(?:\/|&)$/.test((toks[e] as Token).text))) e += 1;
    if (e > from && /^[,.\-—–]$/.test(toks[e]?.text ?? '')) found = { start: from, headEnd: e };
  }
  ctx.dateline = found;
  return found;
}

/** True when tokens [start, end) are an upper-case dateline: "LIMA, May 3 (Agency) -", "QUITO. May 3 -". */
export function isDateline(ctx: ExtractContext, start: number, end: number): boolean {
  const toks = ctx.doc.tokens;
  if (start !== datelineStart(ctx)) return false;
  for (let k = start; k < end; k += 1) if (!(toks[k] as Token).allCaps) return false;
  const after = toks[end];
  return !!after && /^[,.\-—–]$/.test(after.text);
}

/** True when token i is in an upper-case dateline naming several places: "LIMA / QUITO —", "LIMA AND QUITO -". */
export function inDatelineHead(ctx: ExtractContext, i: number): boolean {
  const { start, headEnd } = dateline(ctx);
  return start >= 0 && start <= i && i < headEnd;
}

/** "LIMA, May 3 (Agency) -", "SPRING CITY, Tenn. —": an upper-case place opening the report, when the gazetteer did not know it. */
export function findDateline(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  const from = datelineStart(ctx);
  if (from < 0) return;
  let e = from;
  while (e < toks.length && e < from + 4 && (toks[e] as Token).allCaps) e += 1;
  if (e === from || !isFree(ctx, from, e)) return;
  const after = toks[e];
  if (!after || !/^[,.\-—–]$/.test(after.text)) return;
  const name = spanText(ctx.doc, from, e);
  const cand = { type: 'Place' as const, start: from, end: e, name, rule: 'dateline' };
  addCandidate(ctx, cand);
}
