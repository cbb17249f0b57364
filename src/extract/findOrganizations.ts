import { addCandidate, isFree } from './candidateStore';
import { isCommonWord } from './commonWords';
import { EVENT_HEADS } from './eventHeadWords';
import { cityGazetteer } from './cityGazetteer';
import { countryGazetteer } from './countryGazetteer';
import { gazetteerKnows, inDatelineHead, isDateline } from './findPlaceNamesByGrammar';
import { isFunctionWord } from './functionWords';
import type { Candidate, ExtractContext, Token } from './internalTypes';
import { normalizeName } from './normalizeName';
import { FORCE_HEADS, LEADING_ORG_HEADS, LOWER_ORG_HEADS, NEWS_WORDS, ORG_HEADS, UNIT_HEADS } from './orgHeadWords';
import { canBeNominal, isLikelyParticiple, isLikelyVerb } from './partOfSpeech';
import { LEAD_VERBS, ROLE_VERBS, SPEECH_VERBS, isTitleWord, roleFamily } from './roleWords';
import { isSentenceInitial, spanKey, spanText } from './spanText';
import { tokenKey } from './tokenKey';
import { isPossessiveMark } from './tokenize';
import { BASED_SUFFIX, isPlaceShaped } from './placeWords';

/** Group nouns that name an organised community when they follow "<role> of the": "head of the X diaspora in Y". */
const GROUP_NOUNS = new Set(['diaspora', 'community', 'communities', 'delegation', 'organization', 'organizations', 'organisations', 'association', 'associations', 'union', 'movement', 'society']);
const ROMAN = /^[IVXLCDM]+$/;
/** "Velmora-based", "Polish-born", "state-owned": a hyphenated description before a head word. */
export const DESCRIPTIVE_HYPHEN = /-(?:based|born|owned|led|funded|backed|run|made|registered|headquartered)$/;
/** Adjectives that belong to the name of an armed group: "ethnic Velmoran forces". */
const FORCE_ADJECTIVES = new Set(['ethnic', 'separatist', 'rebel', 'regular', 'irregular', 'allied', 'local', 'pro-government']);
/** Lower-case heads of state bodies after a country or demonym: "Velmoran government", "Ostland's parliament". */
const STATE_HEADS = new Set([
  'government', 'parliament', 'embassy', 'embassies', 'consulate', 'consulates', 'ministry', 'office', 'cabinet',
  'presidency', 'mission', 'delegation', 'legislature', 'senate', 'judiciary', 'navy', 'police', 'intelligence',
  'committee', 'council', 'party', 'opposition', 'authorities',
]);
const SEATED_HEADS = new Set(['embassy', 'consulate', 'mission', 'delegation']);
/** Words for a government that make the capitalised word before them its name ("the Velmoran government"). */
const GOVERNMENT_HEADS = new Set(['government', 'parliament', 'authorities', 'cabinet', 'police']);
/** State heads that also describe a named body right after them: "X's opposition Y Party", "the ruling party Z". */
const DESCRIBING_HEADS = new Set(['opposition', 'party', 'committee', 'council']);
const NOT_ORG_ACRONYMS = new Set([
  'TV', 'AM', 'PM', 'GMT', 'UTC', 'AD', 'BC', 'CEO', 'MP', 'MPS', 'ID', 'OK', 'PR', 'IT', 'DNA', 'GDP', 'VIP', 'SMS',
  'USB', 'GPS', 'PC', 'HIV', 'AIDS', 'COVID', 'NB', 'PS', 'FAQ', 'CV', 'PDF', 'URL', 'KM', 'KG', 'CO', 'MW', 'LNG',
  'PHD', 'BBC_', 'AI', 'IDP', 'IDPS', 'POW', 'POWS', 'ATM', 'HQ', 'VAT', 'RSS', 'US', 'UK', 'USA', 'UAE',
]);
const ORG_ANAPHOR_HEADS = new Set([
  'embassy', 'consulate', 'ministry', 'foundation', 'union', 'council', 'committee', 'commission', 'agency',
  'party', 'regiment', 'brigade', 'organization', 'organisation', 'association', 'federation', 'university',
  'company', 'bank', 'institute', 'mission', 'delegation', 'government', 'parliament', 'court', 'office',
  'school', 'college', 'hospital', 'society', 'directorate', 'authority', 'alliance', 'trust', 'museum', 'club',
  'group', 'collective', 'board', 'charity', 'firm', 'operator', 'network', 'coalition', 'confederation', 'federation',
  'observatory', 'team', 'department', 'centre', 'center', 'airline', 'carrier', 'league', 'chamber', 'tribunal',
  'secretariat', 'cooperative', 'institution',
]);

/** An everyday word, or one shaped like an abstract noun ("Tourism", "Forestry", "Sanitation"): a ministry's portfolio, not a person's name. */
function isPortfolioWord(lower: string): boolean {
  return isCommonWord(lower) || /(?:ism|try|tion|sion|ment|ity|ics|ture|ance|ence|ness|ing)$/.test(lower);
}

function isNameTok(tok: Token | undefined): boolean {
  return !!tok && ((tok.cap && tok.word) || tok.allCaps);
}

function push(ctx: ExtractContext, start: number, end: number, rule: string, extra: Partial<Candidate> = {}): number {
  // "the Velmora-registered X Group": the name starts after where the body sits.
  for (let k = end - 2; k >= start; k -= 1) {
    if (BASED_SUFFIX.test(ctx.doc.tokens[k]?.lower ?? '')) {
      start = k + 1;
      break;
    }
  }
  const name = spanText(ctx.doc, start, end).replace(/^(?:the|The)\s+/, '');
  return addCandidate(ctx, { type: 'Organization', start, end, name, rule, ...extra });
}

/** Length in tokens of the country name starting at token i (0 when none), longest first. */
function countryNameLength(ctx: ExtractContext, i: number, limit: number): number {
  const { byName } = countryGazetteer();
  for (let n = Math.min(5, limit - i); n >= 1; n -= 1) {
    const key = spanKey(ctx.doc, i, i + n);
    if (byName.has(key)) return n;
  }
  return 0;
}

/** Words before "Centre" that make it a venue: "Convention Centre", "Exhibition Centre", "Arts Centre". */
const VENUE_WORDS: ReadonlySet<string> = new Set(['convention', 'conference', 'exhibition', 'exhibitions', 'theatre', 'theater', 'arts', 'sports', 'congress', 'concert', 'events', 'leisure', 'shopping', 'trade', 'performing']);

/** Words that open a saint's name: "St.", "Saint", "San", "Santa", "Sainte", "São", "Sankt". */
const SAINT_WORDS: ReadonlySet<string> = new Set(['st', 'saint', 'san', 'santa', 'sainte', 'são', 'sankt', 'santo', 'sveti', 'sveta', 'ss', 'sts']);

/** Words of a church's dedication other than a saint's name: "Church of the Holy Cross", "Church of the Virgin of X". */
const DEDICATION_WORDS: ReadonlySet<string> = new Set([
  'virgin', 'holy', 'sacred', 'lady', 'immaculate', 'trinity', 'redeemer', 'nativity', 'resurrection', 'ascension',
  'annunciation', 'assumption', 'transfiguration', 'saviour', 'savior', 'apostles', 'martyrs', 'cross', 'madonna',
]);

/** Heads of names of buildings that are also heads of bodies: a venue after "at the", "in the", "outside the". */
const BUILDING_HEADS: ReadonlySet<string> = new Set(['centre', 'center', 'library', 'arena']);
const LOCATIVES: ReadonlySet<string> = new Set(['at', 'in', 'inside', 'outside', 'near', 'opposite', 'beside']);

/** "Nobel X Foundation", "Embassy of Y", "UN Human Rights Council": a capitalised run holding an org head word. */
function findHeadedNames(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  for (const chunk of ctx.chunks) {
    // "Frente Amplio X", "Partido Verde": a leading head names the whole run.
    const lead = toks[chunk.start] as Token;
    if (chunk.end - chunk.start >= 2 && LEADING_ORG_HEADS.has(lead.lower) && isFree(ctx, chunk.start, chunk.end)) {
      push(ctx, chunk.start, chunk.end, 'org-leading-head', { head: lead.lower });
      continue;
    }
    let h = chunk.start;
    while (h < chunk.end) {
      const tok = toks[h] as Token;
      if (!ORG_HEADS.has(tok.lower) || !tok.cap) {
        h += 1;
        continue;
      }
      let l = h;
      while (l - 1 >= chunk.start) {
        const prev = toks[l - 1] as Token;
        // "the Tenants' Union": the chunk holds a plural possessive.
        if ((prev.text === "'" || prev.text === '’') && l - 2 >= chunk.start) {
          l -= 1;
          continue;
        }
        if (!isNameTok(prev) || (isTitleWord(prev.lower) && !ORG_HEADS.has(prev.lower))) break;
        l -= 1;
      }
      // "the Water and Sanitation Court": an everyday capitalised word joined by "and" opens the name.
      if (l === chunk.start && toks[l - 1]?.lower === 'and' && !toks[l - 1]?.cap && toks[l - 2]?.cap && toks[l - 2]?.word && toks[l - 2]?.sentence === tok.sentence && isCommonWord((toks[l - 2] as Token).lower) && !isTitleWord((toks[l - 2] as Token).lower) && /^(?:the|a|an|of|at|by|to|from|in)$/.test(toks[l - 3]?.lower ?? '')) l -= 2;
      // "the Velmora Convention and Cultural Center": a place's name before that everyday word.
      else if (l === chunk.start && toks[l - 1]?.lower === 'and' && !toks[l - 1]?.cap && toks[l - 2]?.cap && isCommonWord(toks[l - 2]?.lower ?? '') && !isTitleWord(toks[l - 2]?.lower ?? '') && toks[l - 3]?.cap && toks[l - 3]?.word && toks[l - 3]?.sentence === tok.sentence && !ORG_HEADS.has(toks[l - 3]?.lower ?? '') && countryNameLength(ctx, l - 3, l - 2) === 0 && toks[l - 4]?.lower === 'the') l -= 3;
      // "Ss. Tarn and Odile University": the two saints a body is named after.
      else if (l === chunk.start && toks[l - 1]?.lower === 'and' && toks[l - 2]?.cap && toks[l - 2]?.word) {
        const saint = toks[l - 3]?.text === '.' ? l - 4 : l - 3;
        if (/^(?:ss|sts|saints)$/.test(toks[saint]?.lower ?? '') && toks[saint]?.sentence === tok.sentence) l = saint;
      }
      let possessiveFrom = -1;
      // "the Ostland-based Institute of X": the description is not part of the name.
      while (l < h && DESCRIPTIVE_HYPHEN.test((toks[l] as Token).lower)) l += 1;
      // "Peru's Foreign Ministry": a possessive name before the run.
      if (l === chunk.start && isPossessiveMark(toks[l - 1]) && isNameTok(toks[l - 2])) {
        let p = l - 2;
        while (p - 1 >= 0 && isNameTok(toks[p - 1]) && !isFunctionWord((toks[p - 1] as Token).lower)) p -= 1;
        if (countryNameLength(ctx, p, l - 1) === l - 1 - p) {
          possessiveFrom = l;
          l = p;
        }
      }
      let r = h + 1;
      while (r < chunk.end && ORG_HEADS.has((toks[r] as Token).lower) && (toks[r] as Token).cap) r += 1;
      // "Consulate General of X", "Inspectorate General of Y": "General" after the head.
      if (toks[r]?.text === 'General' && toks[r + 1]?.lower === 'of' && r + 1 < chunk.end) r += 1;
      // "X Mining Standards Office": a trade word inside the name, the head further on.
      for (let f = r; f < chunk.end; f += 1) {
        const t = toks[f] as Token;
        if (!isNameTok(t) || isTitleWord(t.lower)) break;
        if (ORG_HEADS.has(t.lower) && t.cap) r = f + 1;
      }
      const conn = toks[r];
      if (r < chunk.end && conn && (conn.lower === 'of' || conn.lower === 'for') && !conn.cap) {
        let k = r + 1;
        if (toks[k]?.lower === 'the') k += 1;
        const country = countryNameLength(ctx, k, chunk.end);
        if (country > 0) r = k + country;
        else {
          let e = k;
          while (e < chunk.end && !isTitleWord((toks[e] as Token).lower)) e += 1;
          if (e > k) r = e;
          // "Ministry of Fisheries, Ports and Maritime Affairs": everyday words listed with commas before "and".
          if (r === chunk.end && toks[r]?.text === ',') {
            let c = r;
            while (toks[c]?.text === ',' && toks[c + 1]?.cap && isPortfolioWord((toks[c + 1] as Token).lower) && !isTitleWord((toks[c + 1] as Token).lower) && (toks[c + 2]?.text === ',' || toks[c + 2]?.lower === 'and')) c += 2;
            if (c > r && toks[c]?.lower === 'and') r = c;
          }
          // "Ministry of Fisheries and Ports": one or two more capitalised words after "and" end the name.
          if (toks[r]?.lower === 'and' && !toks[r]?.cap) {
            let a = r + 1;
            // Everyday words only ("Trade", "Natural Resources"), so that "the Ministry of Trade and Ana Rolt" stays two names.
            while (a < r + 3 && isNameTok(toks[a]) && (toks[a] as Token).sentence === tok.sentence && !isTitleWord((toks[a] as Token).lower) && isPortfolioWord((toks[a] as Token).lower)) a += 1;
            // "Department of Coastal Change and Hydrographic Services": words ending in a head word.
            if (a === r + 1) {
              let b = r + 1;
              while (b < r + 4 && isNameTok(toks[b]) && (toks[b] as Token).sentence === tok.sentence && !isTitleWord((toks[b] as Token).lower)) b += 1;
              if (b > r + 1 && ORG_HEADS.has((toks[b - 1] as Token).lower)) a = b;
            }
            const after = toks[a];
            if (a > r + 1 && !(after && (isNameTok(after) || after.lower === 'of' || isPossessiveMark(after)))) r = a;
          }
        }
      }
      // "St. Ansgar's Church", "Church of Saint Ilona", "Church of the Holy Cross": a building named after a saint
      // or a dedication is a place, not a church body;
      // "the Velmora Convention Centre", "the X Theatre Centre": a venue.
      // "at the Velmora Centre", "outside the Velmora Public Library": a building where something happens.
      // Not after a role ("a historian at the X Centre"): that is where someone works.
      const at = toks[l - 1]?.lower === 'the' ? l - 2 : l - 1;
      const atVenue =
        BUILDING_HEADS.has(toks[r - 1]?.lower ?? '') && LOCATIVES.has(toks[at]?.lower ?? '') && !['for', 'of'].includes(toks[r]?.lower ?? '') && !isTitleWord(toks[at - 1]?.lower ?? '');
      if (
        atVenue ||
        (tok.lower === 'church' && toks.slice(l, r).some((t) => SAINT_WORDS.has(t.lower) || DEDICATION_WORDS.has(t.lower))) ||
        (/^(?:centre|center)$/.test(toks[r - 1]?.lower ?? '') && VENUE_WORDS.has(toks[r - 2]?.lower ?? ''))
      ) {
        // A name that opens before the chunk ("the Velmora Convention and Cultural Center") is not the place finder's to see.
        if (l < chunk.start) addCandidate(ctx, { type: 'Place', start: l, end: r, name: spanText(ctx.doc, l, r), rule: 'venue' });
        h = chunk.end;
        continue;
      }
      // "the Velmora Club Championship", "the Velmora Party Congress": the name of an event, not of the club.
      const after = toks[r];
      if (r < chunk.end && after && after.cap && EVENT_HEADS.has(after.lower) && r + 1 === chunk.end) {
        h = chunk.end;
        continue;
      }
      // "the Velmora Police District (VPD)": the acronym in brackets spells the whole run.
      if (r < chunk.end && toks[chunk.end]?.text === '(' && toks[chunk.end + 2]?.text === ')' && spellsInitials(toks, l, chunk.end, toks[chunk.end + 1] as Token)) r = chunk.end;
      const single = l === h && r === h + 1;
      if (single) {
        const after = toks[r];
        if (after && after.cap && isTitleWord(after.lower)) {
          h = r;
          continue;
        }
        if (ORG_ANAPHOR_HEADS.has(tok.lower)) push(ctx, h, r, 'org-head-anaphor', { anaphor: true, head: tok.lower });
      } else if (possessiveFrom >= 0) {
        // "Velmora's Ministry of Fisheries" is also written "the Ministry of Fisheries".
        push(ctx, l, r, 'org-head', { head: tok.lower, extraAliases: [spanText(ctx.doc, possessiveFrom, r)] });
      } else {
        push(ctx, l, r, 'org-head', { head: tok.lower });
      }
      h = r;
    }
  }
}

/** True when `acronym` (VPD) is the initials of the capitalised words of tokens [from, to). */
function spellsInitials(toks: Token[], from: number, to: number, acronym: Token): boolean {
  if (!acronym.word || !/^\p{Lu}{2,}$/u.test(acronym.text)) return false;
  let initials = '';
  for (let k = from; k < to; k += 1) {
    const t = toks[k] as Token;
    if (t.word && t.cap) initials += t.text[0];
  }
  return initials === acronym.text;
}

/** "Velmoran armed forces", "Ostlandic troops", "Velmora's army": a country or demonym before a force word. */
function findForces(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  const { byDemonym, byName } = countryGazetteer();
  for (let i = 0; i < toks.length; i += 1) {
    const tok = toks[i] as Token;
    if (!tok.cap || !tok.word) continue;
    const country = byDemonym.get(tokenKey(tok)) ?? byName.get(tokenKey(tok));
    if (!country) continue;
    let j = i + 1;
    if (isPossessiveMark(toks[j])) j += 1;
    // "Velmoran Tarsk forces", "Ostlandic Kurdish troops": a people's name between the demonym and the force word.
    let people = '';
    const mid = toks[j];
    if (j === i + 1 && mid?.cap && mid.word && mid.sentence === tok.sentence && !isFunctionWord(mid.lower) && FORCE_HEADS.some((w) => toks[j + 1]?.lower === w[0])) {
      people = `:${mid.lower}`;
      j += 1;
    }
    for (const words of FORCE_HEADS) {
      let ok = true;
      for (let w = 0; w < words.length; w += 1) {
        const t = toks[j + w];
        if (!t || t.lower !== words[w] || t.sentence !== tok.sentence) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const end = j + words.length;
      const before = toks[i - 1];
      const start = before && FORCE_ADJECTIVES.has(before.lower) && before.sentence === tok.sentence ? i - 1 : i;
      push(ctx, start, end, 'forces', { head: words.join(' '), groupKey: `forces:${country.code}${people}` });
      i = end - 1;
      break;
    }
  }
}

/** "Velmoran government", "Ostlandic parliament", "Velmora's embassy in Ostland", "X's foreign affairs office". */
function findStateBodies(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  const { byDemonym } = countryGazetteer();
  for (let i = 0; i < toks.length; i += 1) {
    const tok = toks[i] as Token;
    if (!tok.cap || !tok.word || (ctx.owner[i] ?? -1) >= 0) continue;
    let j: number;
    // "Velmoran government", "Tarskan parliament": any one capitalised word before a word for a government.
    const demonym = byDemonym.has(tokenKey(tok)) || (GOVERNMENT_HEADS.has(toks[i + 1]?.lower ?? '') && !toks[i + 1]?.cap && !isSentenceInitial(ctx.doc, i) && !isTitleWord(tok.lower) && !(toks[i - 1]?.cap && toks[i - 1]?.lower !== 'the'));
    if (demonym) j = i + 1;
    else {
      // A possessive name: "Velmora's", "X's".
      let e = i;
      while (isNameTok(toks[e]) && e < i + 4) e += 1;
      if (e === i || !isPossessiveMark(toks[e])) continue;
      j = e + 1;
    }
    let k = j;
    while (k < j + 3 && toks[k] && !(toks[k] as Token).cap && (toks[k] as Token).word && !STATE_HEADS.has((toks[k] as Token).lower) && !isFunctionWord((toks[k] as Token).lower) && canBeNominal((toks[k] as Token).lower) && !isLikelyVerb((toks[k] as Token).lower)) k += 1;
    const head = toks[k];
    if (!head || head.cap || !STATE_HEADS.has(head.lower) || head.sentence !== tok.sentence) continue;
    // "Velmora's opposition Unity Party": the word describes the named organisation that follows.
    if (DESCRIBING_HEADS.has(head.lower) && toks[k + 1]?.cap && toks[k + 1]?.word && toks[k + 1]?.sentence === tok.sentence) continue;
    let end = k + 1;
    if (SEATED_HEADS.has(head.lower) && toks[end]?.lower === 'in' && isNameTok(toks[end + 1])) {
      let e = end + 1;
      while (isNameTok(toks[e]) && (toks[e] as Token).sentence === tok.sentence) e += 1;
      end = e;
    }
    if (push(ctx, i, end, 'state-body', { head: head.lower }) >= 0) i = end - 1;
  }
}

/** End of the capitalised name of at most `max` words that starts at token `from` ("of Velmora", "in Port Tarsk"), no title word in it. */
function placeNameEnd(toks: Token[], from: number, max: number): number {
  const sentence = toks[from]?.sentence;
  let end = from;
  while (end < from + max && isNameTok(toks[end]) && (toks[end] as Token).sentence === sentence && !isTitleWord((toks[end] as Token).lower)) end += 1;
  return end;
}

/** Words before "government" that say which one: "the national government in X". */
const GOVERNMENT_LEVELS = new Set(['national', 'federal', 'central', 'regional', 'provincial', 'state', 'local', 'municipal', 'interim', 'transitional']);

/**
 * "the government of Velmora", "the national government in Ostrava": a government named by its
 * country or seat. (A bare "the regional government" names none, and is left alone.)
 */
function findGovernmentsOf(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  for (let i = 1; i < toks.length; i += 1) {
    const tok = toks[i] as Token;
    if (tok.lower !== 'government' || tok.cap || !/^(?:of|in)$/.test(toks[i + 1]?.lower ?? '')) continue;
    const start = GOVERNMENT_LEVELS.has(toks[i - 1]?.lower ?? '') ? i - 1 : i;
    if (toks[start - 1]?.lower !== 'the') continue;
    const end = placeNameEnd(toks, i + 2, 4);
    if (end === i + 2 || !gazetteerKnows(spanText(ctx.doc, i + 2, end))) continue;
    if (isFree(ctx, start, end)) push(ctx, start, end, 'government-of', { head: 'government' });
  }
}

/** "the 12th infantry brigade": an ordinal, a few modifiers and a military unit word. */
function findUnits(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  for (let i = 0; i < toks.length; i += 1) {
    const tok = toks[i] as Token;
    if (!tok.ordinal) continue;
    for (let k = i + 1; k <= i + 4 && k < toks.length; k += 1) {
      const t = toks[k] as Token;
      if (t.sentence !== tok.sentence || !t.word) break;
      if (UNIT_HEADS.has(t.lower)) {
        push(ctx, i, k + 1, 'unit', { head: t.lower });
        break;
      }
      if (isFunctionWord(t.lower) || isLikelyVerb(t.lower)) break;
    }
  }
}

/** "the Horizon union of student groups": a capitalised name before a lower-case org word. */
function findLowerHeads(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  for (const chunk of ctx.chunks) {
    const h = chunk.end;
    const head = toks[h];
    if (!head || head.cap || !LOWER_ORG_HEADS.has(head.lower) || head.sentence !== (toks[chunk.start] as Token).sentence) continue;
    let start = chunk.start;
    while (start < h && isTitleWord((toks[start] as Token).lower)) start += 1;
    if (start >= h) continue;
    // "a Velmora-based company", "a state-owned bank": the name is a place or a description, not the company's.
    if (DESCRIPTIVE_HYPHEN.test((toks[h - 1] as Token).lower)) continue;
    let end = h + 1;
    // "the X university hospital": a second org word closes the name.
    const second = toks[end];
    if (second && !second.cap && second.sentence === head.sentence && LOWER_ORG_HEADS.has(second.lower)) end += 1;
    if (toks[end]?.lower === 'of') {
      let k = end + 1;
      while (k < toks.length && k < end + 5) {
        const t = toks[k] as Token;
        if (t.sentence !== head.sentence || !t.word || t.cap || isFunctionWord(t.lower) || isLikelyVerb(t.lower) || !canBeNominal(t.lower)) break;
        k += 1;
      }
      if (k > end + 1) end = k;
    }
    // "the Velmora Unida party" is also "Velmora Unida".
    const bare = PARTY_HEADS.has(head.lower) && end === h + 1 && h - start >= 2 ? { extraAliases: [spanText(ctx.doc, start, h)] } : {};
    push(ctx, start, end, 'org-lower-head', { head: head.lower, ...bare });
  }
}

/** Lower-case heads after a party's own name. */
const PARTY_HEADS: ReadonlySet<string> = new Set(['party', 'movement', 'coalition', 'alliance']);

/** "head of the Velmoran community in Ostrava": the group a role is held in. */
function findRoleObjects(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  for (let i = 0; i + 3 < toks.length; i += 1) {
    const role = toks[i] as Token;
    // "the Velmoran diaspora in Ostland, led by X": a group named by the person who leads it.
    if (role.lower === 'the') {
      const end = groupPhraseEnd(toks, i + 1, role.sentence);
      let v = end;
      if (toks[v]?.text === ',') v += 1;
      if (end > 0 && LEAD_VERBS.has(toks[v]?.lower ?? '') && toks[v + 1]?.lower === 'by' && isNameTok(toks[v + 2])) {
        push(ctx, i + 1, end, 'role-object', { head: (toks[groupHead(toks, i + 1)] as Token).lower });
      }
      continue;
    }
    const viaVerb = toks[i - 1]?.lower === 'who' && ROLE_VERBS.has(role.lower);
    if (!viaVerb && (toks[i + 1]?.lower !== 'of' || !roleFamily(role.lower))) continue;
    let k = viaVerb ? i + 1 : i + 2;
    if (toks[k]?.lower === 'the') k += 1;
    const end = groupPhraseEnd(toks, k, role.sentence);
    if (end > 0) {
      push(ctx, k, end, 'role-object', { head: (toks[groupHead(toks, k)] as Token).lower });
      continue;
    }
    // "the chief executive of Kestrel Mobile,": a name after "<role> of" that no gazetteer knows is an organisation.
    if (!viaVerb && !role.cap) {
      const chunk = chunkStartingAt(ctx, k);
      // "the governor of Velmor Province", "the mayor of Port Tarsk": a name shaped like a place's is not one.
      if (chunk && chunk.end - chunk.start >= 2 && chunk.end - chunk.start <= 5 && isFree(ctx, chunk.start, chunk.end) && !knownPlaceName(ctx, chunk.start, chunk.end) && !isPlaceShaped((toks[chunk.start] as Token).lower, (toks[chunk.end - 1] as Token).lower) && !/^(?:and|or)$/.test(toks[chunk.end]?.lower ?? '')) {
        push(ctx, chunk.start, chunk.end, 'role-object-name', { head: (toks[chunk.end - 1] as Token).lower });
      }
    }
  }
}

/** The capitalised run that starts at token i, if any. */
function chunkStartingAt(ctx: ExtractContext, i: number): { start: number; end: number } | undefined {
  let lo = 0;
  let hi = ctx.chunks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = ctx.chunks[mid] as { start: number; end: number };
    if (c.start === i) return c;
    if (c.start < i) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** True when the gazetteers know the name (or any single word of it as a country). */
function knownPlaceName(ctx: ExtractContext, start: number, end: number): boolean {
  if (gazetteerKnows(spanText(ctx.doc, start, end))) return true;
  for (let k = start; k < end; k += 1) if (countryGazetteer().byName.has(tokenKey(ctx.doc.tokens[k] as Token))) return true;
  return false;
}

/** Index of the group noun after up to three name words from start ("Velmoran diaspora"). */
function groupHead(toks: Token[], start: number): number {
  let k = start;
  while (isNameTok(toks[k]) && k < start + 3) k += 1;
  return k;
}

/** End of "Name+ <group noun> (in Name+)" from start, or -1: "Velmoran diaspora in Ostland". */
function groupPhraseEnd(toks: Token[], start: number, sentence: number): number {
  const k = groupHead(toks, start);
  if (k === start) return -1;
  const noun = toks[k];
  if (!noun || noun.cap || !GROUP_NOUNS.has(noun.lower)) return -1;
  let end = k + 1;
  if (toks[end]?.lower === 'in' && isNameTok(toks[end + 1])) {
    let e = end + 1;
    while (isNameTok(toks[e]) && (toks[e] as Token).sentence === sentence) e += 1;
    end = e;
  }
  return end;
}

/** Nouns that describe an organisation in apposition: "X, a Velmora-based company". */
const ORG_DESCRIPTORS = new Set([
  'company', 'firm', 'group', 'charity', 'organisation', 'organization', 'agency', 'cooperative', 'co-operative',
  'operator', 'manufacturer', 'producer', 'maker', 'startup', 'start-up', 'bank', 'union', 'association', 'nonprofit',
  'non-profit', 'ngo', 'broadcaster', 'newspaper', 'publisher', 'retailer', 'supplier', 'contractor', 'developer',
  'insurer', 'airline', 'carrier', 'institute', 'club', 'movement', 'network', 'coalition', 'alliance', 'foundation',
  'trust', 'society', 'consortium', 'conglomerate', 'subsidiary', 'chain', 'miner', 'exporter', 'importer', 'builder',
  'watchdog', 'body', 'collective', 'federation', 'platform', 'lobby', 'think-tank', 'league', 'party', 'council',
  'committee', 'museum', 'university', 'hospital', 'school',
]);

/** "Minera X, a Velmora-based company", "Y, a charity that ...": a name described as an organisation right after it. */
function findDescribedOrgs(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  for (const chunk of ctx.chunks) {
    if (chunk.end - chunk.start > 5 || !isFree(ctx, chunk.start, chunk.end) || toks[chunk.end]?.text !== ',') continue;
    if (!/^(?:a|an)$/.test(toks[chunk.end + 1]?.lower ?? '')) continue;
    if (isTitleWord((toks[chunk.start] as Token).lower)) continue;
    for (let k = chunk.end + 2; k < chunk.end + 7; k += 1) {
      const t = toks[k];
      if (!t || !t.word || t.sentence !== (toks[chunk.start] as Token).sentence) break;
      if (ORG_DESCRIPTORS.has(t.lower)) {
        // "a group of six designers": the group is an organisation; "a group of people" too — good enough.
        push(ctx, chunk.start, chunk.end, 'described-org', { head: t.lower });
        break;
      }
      if (t.cap && !t.lower.includes('-')) break;
      if (isFunctionWord(t.lower) || isLikelyVerb(t.lower)) break;
    }
  }
}

/** Initials of the multi-word organisation names found so far ("VTU" → "Velmora Teachers Union"); ambiguous ones are left out. */
function orgInitials(ctx: ExtractContext): Map<string, string> {
  const out = new Map<string, string>();
  const clash = new Set<string>();
  for (const c of ctx.candidates) {
    if (c.type !== 'Organization' || c.anaphor) continue;
    const words = c.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !isFunctionWord(w.toLowerCase()));
    if (words.length < 2) continue;
    const key = words.map((w) => w[0]).join('').toUpperCase();
    const prev = out.get(key);
    if (prev !== undefined && normalizeName(prev) !== normalizeName(c.name)) clash.add(key);
    else out.set(key, c.name);
  }
  for (const k of clash) out.delete(k);
  return out;
}

/** "the Chadian aid group X", "the medical charity Y": a name right after a noun that describes an organisation. */
function findNamedAfterDescriptor(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  for (const chunk of ctx.chunks) {
    if (chunk.end - chunk.start > 5 || !isFree(ctx, chunk.start, chunk.end)) continue;
    const noun = toks[chunk.start - 1];
    if (!noun || noun.cap || !ORG_DESCRIPTORS.has(noun.lower) || noun.sentence !== (toks[chunk.start] as Token).sentence) continue;
    // A determiner within a few words before: "the (Chadian) (aid) group X".
    let k = chunk.start - 2;
    while (k >= 0 && chunk.start - k <= 4 && !/^(?:the|a|an|its|their)$/.test((toks[k] as Token).lower)) {
      const t = toks[k] as Token;
      if (!t.word || isFunctionWord(t.lower) || isLikelyVerb(t.lower)) break;
      k -= 1;
    }
    if (!/^(?:the|a|an|its|their)$/.test(toks[k]?.lower ?? '')) continue;
    if (isTitleWord((toks[chunk.start] as Token).lower)) continue;
    push(ctx, chunk.start, chunk.end, 'named-after-descriptor', { head: noun.lower });
  }
}

/** Upper-case acronyms standing alone (NATO, WHO) that are not country or currency codes. */
function findAcronyms(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  let initials: Map<string, string> | undefined;
  const { byCode, currencyCodes, byName } = countryGazetteer();
  for (const chunk of ctx.chunks) {
    if (chunk.end - chunk.start !== 1) continue;
    const tok = toks[chunk.start] as Token;
    const bare = tok.text.replace(/\./g, '');
    if (!tok.allCaps || bare.length < 2 || bare.length > 6 || ROMAN.test(bare)) continue;
    // "the VTU" after "the Velmora Teachers Union": the initials of an organisation the report names.
    const named = (initials ??= orgInitials(ctx)).get(bare);
    if (named) {
      push(ctx, chunk.start, chunk.end, 'acronym', { head: 'acronym', groupKey: `same:${normalizeName(named)}` });
      continue;
    }
    if (NOT_ORG_ACRONYMS.has(bare) || byCode.has(bare) || currencyCodes.has(bare) || byName.has(bare.toLowerCase())) continue;
    if (isDateline(ctx, chunk.start, chunk.end) || inDatelineHead(ctx, chunk.start) || cityGazetteer().lookup(bare.toLowerCase()).some((i) => cityGazetteer().population(i) >= 100000)) continue;
    push(ctx, chunk.start, chunk.end, 'acronym', { head: 'acronym' });
  }
}

/** The publisher named in the report's metadata, wherever the text names it; plus "X news agency". */
function findNewsSources(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  const source = ctx.source?.trim();
  if (source) {
    const words = source.split(/\s+/);
    for (let i = 0; i + words.length <= toks.length; i += 1) {
      let ok = true;
      for (let w = 0; w < words.length; w += 1) {
        if ((toks[i + w] as Token).text !== words[w]) {
          ok = false;
          break;
        }
      }
      if (ok) push(ctx, i, i + words.length, 'source', { head: 'source' });
    }
  }
  for (const chunk of ctx.chunks) {
    const next = toks[chunk.end];
    if (next && !next.cap && NEWS_WORDS.has(next.lower)) push(ctx, chunk.start, chunk.end, 'news-word', { head: 'agency' });
  }
}

/**
 * "The Velmora Red Cross said ...": a capitalised name after "the" that says something is a body's (a
 * person's name takes no article) — not a place the gazetteers know, a title ("the President said"), a
 * people's adjective alone ("the Ukrainian said") or one everyday word ("the Government said").
 */
function findSpeakingBodies(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  const { byDemonym } = countryGazetteer();
  for (const chunk of ctx.chunks) {
    // A sentence's opening "The" may lead the capitalised run.
    const start = toks[chunk.start]?.lower === 'the' ? chunk.start + 1 : chunk.start;
    const { end } = chunk;
    if (start >= end || end - start > 5 || toks[start - 1]?.lower !== 'the' || !SPEECH_VERBS.has(toks[end]?.lower ?? '') || !isFree(ctx, start, end)) continue;
    const words = toks.slice(start, end);
    if (words.some((t, i) => !t.word || ctx.dateTokens[start + i] === 1) || isTitleWord((words[0] as Token).lower) || roleFamily((words[words.length - 1] as Token).lower)) continue;
    if ((words.length === 1 && isCommonWord((words[0] as Token).lower)) || words.every((t) => byDemonym.has(tokenKey(t))) || knownPlaceName(ctx, start, end)) continue;
    push(ctx, start, end, 'speaking-body');
  }
}

/** "the embassy", "the ministry": a definite org word that refers back to a named organisation. */
function findOrgAnaphors(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  for (let i = 1; i < toks.length; i += 1) {
    const tok = toks[i] as Token;
    if (tok.cap || !ORG_ANAPHOR_HEADS.has(tok.lower)) continue;
    // "the board", "the electoral board", "the relief agency": one lower-case word may stand between.
    const mod = toks[i - 1];
    const withModifier = !!mod && !mod.cap && mod.word && !isFunctionWord(mod.lower) && !isLikelyVerb(mod.lower) && toks[i - 2]?.lower === 'the';
    if (toks[i - 1]?.lower !== 'the' && !withModifier) continue;
    const next = toks[i + 1];
    const possessive = isPossessiveMark(next);
    if (next && !possessive && (next.lower === 'of' || isNameTok(next) || (next.word && !isFunctionWord(next.lower) && canBeNominal(next.lower) && !isLikelyVerb(next.lower) && !isLikelyParticiple(next.lower) && !next.text.endsWith('ed')))) continue;
    push(ctx, i, i + 1, 'org-anaphor', { anaphor: true, head: tok.lower });
  }
}

/** Words before "the City of X" that make it the place rather than its council: "in the City of X". */
const CITY_LOCATIVES: ReadonlySet<string> = new Set(['in', 'at', 'into', 'across', 'through', 'near', 'outside', 'around', 'within', 'inside', 'throughout']);

/**
 * "organised by the City of X", "the City of X's events office": the city as a body (its council and
 * administration), where it acts; "in the City of X" stays the place.
 */
function findCityCorporations(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  for (let i = 0; i + 2 < toks.length; i += 1) {
    if (toks[i]?.text !== 'City' || toks[i + 1]?.lower !== 'of' || !toks[i + 2]?.cap || !toks[i + 2]?.word) continue;
    const before = toks[i - 1]?.lower === 'the' ? toks[i - 2] : toks[i - 1];
    if (before && (CITY_LOCATIVES.has(before.lower) || (before.lower === 'of' && toks[i - 1]?.lower === 'the'))) continue;
    const end = placeNameEnd(toks, i + 2, 3);
    // A town the gazetteer knows ("A City of Strangers" is a title, not a council).
    if (!gazetteerKnows(spanText(ctx.doc, i + 2, end))) continue;
    if (isFree(ctx, i, end)) push(ctx, i, end, 'city-corporation', { head: 'city' });
  }
}

/** Finds organisation mentions: headed names, armed forces, military units, groups, acronyms, the publisher. */
export function findOrganizations(ctx: ExtractContext): void {
  findNewsSources(ctx);
  findCityCorporations(ctx);
  findGovernmentsOf(ctx);
  findHeadedNames(ctx);
  findForces(ctx);
  findStateBodies(ctx);
  findUnits(ctx);
  findLowerHeads(ctx);
  findRoleObjects(ctx);
  findAcronyms(ctx);
  findDescribedOrgs(ctx);
  findNamedAfterDescriptor(ctx);
  findSpeakingBodies(ctx);
  findOrgAnaphors(ctx);
}
