import { addCandidate, addCandidateAround, ownerOf } from './candidateStore';
import { ADJECTIVAL_HEADS, EVENT_HEADS, KIND_MODIFIERS, LINK_HEADS, MODIFIED_HEADS, OF_HEADS, kindFamily, modifiedHeadKind } from './eventHeadWords';
import { isFunctionWord } from './functionWords';
import type { Candidate, Doc, ExtractContext, Token } from './internalTypes';
import { canBeNominal, isLikelyVerb } from './partOfSpeech';
import { LEAD_VERBS } from './roleWords';
import { scanNounPhrase } from './scanNounPhrase';
import { isSentenceInitial, spanText } from './spanText';
import { isPossessiveMark } from './tokenize';
import { COUNT_WORDS } from './numberWords';
import { ORG_HEADS } from './orgHeadWords';
import { FACILITY_SUFFIXES } from './placeWords';

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

interface PostModifier {
  words: string[];
  allowAnd?: boolean;
  allowIn?: boolean;
  /** "of A, B and C": a list of capitalised names only. */
  andProper?: boolean;
  /** Only after heads of these kind families (all when absent). */
  families?: ReadonlySet<string>;
  /** Only after these heads. */
  heads?: ReadonlySet<string>;
  /** What follows must be a capitalised name or a year (not any phrase). */
  properOnly?: boolean;
  /** Names the event's agent ("mediated by X"): a name found there before goes inside the event's. */
  agentive?: boolean;
}

const GATHERING = new Set(['gathering']);
const DISPUTES = new Set(['conflict', 'talks', 'agreement', 'violence', 'strike']);
/** Words after an event head that say what it is about: "event dedicated to X", "conflict between X", "killings in Y". */
const POST_MODIFIERS: readonly PostModifier[] = [
  { words: ['dedicated', 'to'], allowIn: true, allowAnd: true },
  { words: ['devoted', 'to'], allowIn: true, allowAnd: true },
  { words: ['in', 'memory', 'of'], allowIn: true },
  { words: ['in', 'honor', 'of'], allowIn: true },
  { words: ['in', 'honour', 'of'], allowIn: true },
  { words: ['commemorating'], allowIn: true, allowAnd: true },
  { words: ['marking'], allowIn: true, allowAnd: true },
  { words: ['to', 'mark'], allowIn: true, allowAnd: true },
  { words: ['to', 'commemorate'], allowIn: true, allowAnd: true },
  { words: ['between'], allowAnd: true },
  { words: ['against'] },
  { words: ['on'], families: new Set(['violence', 'conflict', 'agreement']), properOnly: true },
  { words: ['over'], families: DISPUTES },
  { words: ['mediated', 'by'], agentive: true },
  { words: ['led', 'by'], families: new Set(['talks']), agentive: true },
  { words: ['brokered', 'by'], agentive: true },
  { words: ['under'], families: new Set(['talks']), agentive: true },
  { words: ['titled'] },
  { words: ['entitled'] },
  { words: ['of'], heads: OF_HEADS, allowIn: true, andProper: true },
  { words: ['to'], heads: new Set(['visit', 'trip', 'tour', 'march', 'procession', 'pilgrimage', 'convoy']), properOnly: true },
  // "an agreement on forestry research", "talks on a new contract", "talks with the X government", "an inquiry into the sinking".
  { words: ['on'], families: new Set(['talks']) },
  { words: ['into'], heads: new Set(['investigation', 'inquiry', 'probe']) },
  { words: ['in'], allowAnd: true, properOnly: true },
  { words: ['at'], families: GATHERING, properOnly: true },
];
const MONTH_NAMES = new Set(['march', 'may']);
/** Size and length words that describe an event without naming it: "a short ceremony" is "ceremony". */
const DESCRIPTIVE = new Set([
  'short', 'brief', 'small', 'big', 'large', 'huge', 'major', 'minor', 'quick', 'lengthy', 'long', 'rare', 'hastily', 'modest',
  'tense', 'dramatic', 'thrilling', 'bitter', 'fierce', 'heated', 'emotional', 'packed', 'crowded', 'noisy', 'lively',
  'formal', 'simple', 'private',
]);
/** Families of events that happen rather than are held, and verbs that tell one happening. */
const HAPPENING_FAMILIES = new Set(['violence', 'disaster', 'outbreak', 'conflict']);
const HAPPENED_VERBS = new Set([
  'tore', 'struck', 'hit', 'killed', 'broke', 'erupted', 'swept', 'destroyed', 'ripped', 'rocked', 'claimed', 'left',
  'injured', 'damaged', 'flooded', 'devastated', 'occurred', 'happened', 'spread', 'engulfed', 'razed', 'shook',
]);
/** The event head at or within two lower-case modifiers after token i ("border-monitoring agreement"), or -1. */
function coordinatedHead(toks: Token[], i: number): number {
  for (let k = i; k < i + 3; k += 1) {
    const t = toks[k];
    if (!t || !t.word || t.cap || t.sentence !== toks[i]?.sentence) return -1;
    if (EVENT_HEADS.has(t.lower) && !KIND_MODIFIERS.has(t.lower)) return k;
    if (isFunctionWord(t.lower)) return -1;
  }
  return -1;
}

/** Determiners that point rather than name: "of this size", "of its kind". */
const POINTING = new Set(['this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'such']);

/** Words before a storm's given name. */
const STORM_WORDS = new Set(['cyclone', 'hurricane', 'typhoon', 'storm']);

/** Verbs that declare a period ("declared three days of mourning"). */
const DECLARING = new Set(['declared', 'proclaimed', 'announced', 'ordered', 'decreed', 'declares', 'declare']);
/** Verbs before "a <agreement>" that make it one particular agreement. */
const SIGNING = new Set(['signed', 'reached', 'concluded', 'struck', 'brokered', 'inked', 'sealed', 'agreed']);
/** "the last election", "the next meeting": one particular event of a series. */
const PARTICULAR = new Set(['last', 'next', 'upcoming', 'previous', 'recent', 'forthcoming', 'latest']);
/** "the third round", "the first meeting": an ordinal singles out one event of a series. */
const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
const QUOTE_OPEN = new Set(['“', '"', '«', '‘']);
const QUOTE_CLOSE = new Set(['”', '"', '»', '’']);

function matchWords(toks: Token[], i: number, words: string[]): boolean {
  for (let w = 0; w < words.length; w += 1) if (toks[i + w]?.lower !== words[w]) return false;
  return true;
}

function isYear(tok: Token | undefined): boolean {
  return !!tok && tok.num && /^(?:1[5-9]|20)\d{2}$/.test(tok.text);
}

/** Left modifiers of an event head: capitalised names, years, adjectives and nouns ("2003 truce"). */
function leftEdge(ctx: ExtractContext, head: number): number {
  const toks = ctx.doc.tokens;
  let l = head;
  const sentence = (toks[head] as Token).sentence;
  while (l - 1 >= 0 && head - l < 6) {
    const t = toks[l - 1] as Token;
    if (t.sentence !== sentence) break;
    if (QUOTE_CLOSE.has(t.text)) {
      // a quoted name: “Justice for X” campaign
      let k = l - 2;
      while (k >= 0 && !QUOTE_OPEN.has((toks[k] as Token).text) && (toks[k] as Token).sentence === sentence && l - k < 12) k -= 1;
      if (k >= 0 && QUOTE_OPEN.has((toks[k] as Token).text)) {
        l = k;
        continue;
      }
      break;
    }
    if (isYear(t) || t.ordinal) {
      l -= 1;
      continue;
    }
    // "Sunday's capsizing": a day is no part of the name.
    if (ctx.dateTokens[l - 1] || (isPossessiveMark(t) && ctx.dateTokens[l - 2])) break;
    // "a 72-hour strike": a length written with a number belongs to the name.
    if (t.text === '-' && toks[l - 2]?.num && !ctx.dateTokens[l - 2] && (toks[l] as Token).word && l < head + 1) {
      l -= 2;
      continue;
    }
    if (!t.word) break;
    // "Justice for X campaign": a connector inside a capitalised run.
    if (!t.cap && (t.lower === 'for' || t.lower === 'of') && isProperLike(ctx, l - 2) && isProperLike(ctx, l) && (toks[l] as Token).cap) {
      l -= 1;
      continue;
    }
    if (t.cap) {
      // A sentence-initial kind word still belongs to the name: "Peace talks mediated by ...".
      const initialModifier = isSentenceInitial(ctx.doc, l - 1) && KIND_MODIFIERS.has(t.lower);
      if (isFunctionWord(t.lower) || (isSentenceInitial(ctx.doc, l - 1) && !isProperLike(ctx, l - 1) && !initialModifier)) break;
      const o = ownerOf(ctx, l - 1);
      if (o && o.type === 'Event' && !(o.start <= head && head < o.end)) break;
      l -= 1;
      continue;
    }
    if (isFunctionWord(t.lower) || isLikelyVerb(t.lower) || !canBeNominal(t.lower) || DESCRIPTIVE.has(t.lower)) break;
    if (EVENT_HEADS.has(t.lower) && !KIND_MODIFIERS.has(t.lower)) break;
    // "a group that monitored local elections": the verb of a relative clause is not part of the name.
    if (/ed$/.test(t.lower) && /^(?:that|which|who)$/.test(toks[l - 2]?.lower ?? '')) break;
    l -= 1;
  }
  return l;
}

function isProperLike(ctx: ExtractContext, i: number): boolean {
  const t = ctx.doc.tokens[i] as Token;
  if (isFunctionWord(t.lower)) return false;
  // Binary search over the (ordered) capitalised runs.
  let lo = 0;
  let hi = ctx.chunks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = ctx.chunks[mid] as { start: number; end: number };
    if (i < c.start) hi = mid - 1;
    else if (i >= c.end) lo = mid + 1;
    else return true;
  }
  return false;
}

function cleanName(s: string): string {
  return s.replace(/[“”"«»]/g, '').replace(/\s+/g, ' ').trim();
}

/** True when a capitalised name or a year starts at token i (after an optional "the"). */
function isProperStart(ctx: ExtractContext, i: number, sentence: number, yearAllowed: boolean): boolean {
  const toks = ctx.doc.tokens;
  let k = i;
  if (toks[k]?.lower === 'the') k += 1;
  const t = toks[k];
  if (!t || t.sentence !== sentence) return false;
  if (ctx.dateTokens[k]) return yearAllowed && isYear(t);
  return t.cap && t.word && !isFunctionWord(t.lower);
}

/** Shorter forms of an event name the text also contains: without lower-case lead words, without what follows the head. */
function aliasForms(ctx: ExtractContext, l: number, h: number, end: number): string[] {
  const toks = ctx.doc.tokens;
  const out: string[] = [];
  // From the first capitalised word, quote or year: "international “X” campaign" → "X campaign".
  let p = l;
  while (p < h && !((toks[p] as Token).cap || QUOTE_OPEN.has((toks[p] as Token).text) || isYear(toks[p]))) p += 1;
  if (p > l && p < h) out.push(cleanName(spanText(ctx.doc, p, end)));
  // Without the post-modifier: "peace talks mediated by X" → "peace talks".
  if (end > h + 1) out.push(cleanName(spanText(ctx.doc, l, h + 1)));
  if (end > h + 1 && p > l && p < h) out.push(cleanName(spanText(ctx.doc, p, h + 1)));
  // Without a trailing place: "capture of the town of X in Y" → "capture of the town of X".
  for (let k = h + 2; k < end - 1; k += 1) {
    if ((toks[k] as Token).lower === 'in' && (toks[k + 1] as Token).cap) out.push(cleanName(spanText(ctx.doc, l, k)));
  }
  return out;
}

const ORGANISING = new Set([
  'hold', 'holds', 'held', 'host', 'hosts', 'hosted', 'organize', 'organizes', 'organized', 'organise', 'organises', 'organised',
  'stage', 'stages', 'staged', 'launch', 'launches', 'launched', 'convene', 'convened', ...LEAD_VERBS,
]);
/** "organised by", "convened by", "held by": a participle of organising at token i and "by" after it. */
function isParticipleBy(toks: Token[], i: number): boolean {
  const w = toks[i]?.lower ?? '';
  return ORGANISING.has(w) && /(?:ed|held)$/.test(w) && toks[i + 1]?.lower === 'by';
}

/** Verbs that start or call a particular event: "began a three-day strike", "called a general strike". */
const STARTING = new Set(['began', 'begin', 'begins', 'started', 'start', 'starts', 'called', 'call', 'calls', 'declared', 'announced', 'planned', 'plans', 'plan']);

/** Passive verbs that put a particular event in the text: "a ceremony was held in", "a strike was called for". */
const PASSIVE_HERE = new Set([...ORGANISING, 'called', 'scheduled']);

/**
 * True for an event a sentence says someone organises ("will hold a poster show and a
 * panel discussion", "a rally was organized by"): a particular event even without a name.
 */
function isOrganisedHere(doc: Doc, l: number, end: number): boolean {
  const toks = doc.tokens;
  let k = l - 1;
  // "held a small protest": past a size word too; "began a 72-hour strike": past a length.
  while (k >= 0 && DESCRIPTIVE.has((toks[k] as Token).lower) && l - k < 3) k -= 1;
  if (k >= 2 && toks[k]?.word && toks[k - 1]?.text === '-' && toks[k - 2]?.num) k -= 3;
  const det = k;
  while (k >= 0 && /^(?:a|an|the|and|,)$/.test((toks[k] as Token).lower) && det - k < 2) k -= 1;
  // skip a first coordinated event: "hold a X and a Y"
  if (toks[k] && (ORGANISING.has((toks[k] as Token).lower) || STARTING.has((toks[k] as Token).lower))) return true;
  // "a strike by dockworkers", "a protest by farmers": one particular event and who made it.
  if (toks[end]?.lower === 'by' && /^(?:a|an)$/.test(toks[det]?.lower ?? '') && toks[end + 1]?.word) return true;
  // "told a press conference", "said at a briefing": one particular gathering.
  if (toks[k] && ATTENDING.has((toks[k] as Token).lower) && /^(?:a|an)$/.test(toks[l - 1]?.lower ?? '')) return true;
  let j = end;
  if (isReducedRelativeOrganiser(toks, end)) return true;
  // "a memorial service for the victims, organised by X": a short phrase, then the participle and its agent.
  if (/^(?:for|of)$/.test(toks[end]?.lower ?? '')) {
    const np = scanNounPhrase(doc, end + 1);
    if (np && toks[np.end]?.text === ',' && isParticipleBy(toks, np.end + 1)) return true;
  }
  // "talks convened by X", "a rally organised by Y": a participle and its agent right after.
  if (isParticipleBy(toks, end)) return true;
  if (toks[j] && /^(?:was|were|will|is|are|has|have)$/.test((toks[j] as Token).lower)) {
    j += 1;
    while (toks[j] && /^(?:be|been|being|also|jointly)$/.test((toks[j] as Token).lower)) j += 1;
    // "a rally was organised by X", "a ceremony was held in the hall on Monday".
    const verb = toks[j]?.lower ?? '';
    if (ORGANISING.has(verb) && toks[j + 1]?.lower === 'by') return true;
    // "a ceremony was held in the hall" (with "the", it may be an event named before: "the campaign was launched in 2008").
    let det = l - 1;
    while (det > 0 && DESCRIPTIVE.has(toks[det]?.lower ?? '')) det -= 1;
    return PASSIVE_HERE.has(verb) && /^(?:a|an)$/.test(toks[det]?.lower ?? '') && /^(?:in|at|on|outside|near|for)$/.test(toks[j + 1]?.lower ?? '');
  }
  return false;
}

/** Verbs and prepositions before "a <gathering>" that single out one gathering: "told a press conference". */
const ATTENDING = new Set(['told', 'addressed', 'attended', 'at', 'during', 'opened', 'closed', 'joined', 'chaired']);

/** "a ceremony (that) the embassy held", "a rally its members organised": a relative clause whose verb organises the event. */
function isReducedRelativeOrganiser(toks: Token[], end: number): boolean {
  let j = end;
  const sentence = toks[end - 1]?.sentence;
  if (toks[j]?.lower === 'that' || toks[j]?.lower === 'which') j += 1;
  if (!/^(?:the|its|their|his|her)$/.test(toks[j]?.lower ?? '')) return false;
  for (let k = j + 1; k <= j + 4 && k < toks.length; k += 1) {
    const t = toks[k] as Token;
    if (t.sentence !== sentence || !t.word) return false;
    if (ORGANISING.has(t.lower)) return k > j + 1 && /(?:ed|held)$/.test(t.lower);
  }
  return false;
}

/**
 * True when an adjective-like head (`ADJECTIVAL_HEADS`) at h is used as a noun: "attended the opening",
 * "the opening of an exhibition", "a tense final" — not "the opening lecture", "the final declaration",
 * "the opening of the border".
 */
function isNounUse(toks: Token[], h: number): boolean {
  const next = toks[h + 1];
  if (!next || next.sentence !== (toks[h] as Token).sentence || !next.word) return true;
  if (next.lower === 'of') {
    for (let k = h + 2; k < h + 5; k += 1) if (EVENT_HEADS.has(toks[k]?.lower ?? '')) return true;
    return false;
  }
  return next.cap || isFunctionWord(next.lower) || isLikelyVerb(next.lower) || !canBeNominal(next.lower);
}

/** True when the name has something that singles the event out: a capitalised word, a year or a quote. */
function hasProperModifier(ctx: ExtractContext, from: number, to: number): boolean {
  const toks = ctx.doc.tokens;
  for (let k = from; k < to; k += 1) {
    const t = toks[k] as Token;
    if (isSentenceInitial(ctx.doc, k) && !isProperLike(ctx, k)) continue;
    if ((t.cap && t.word) || t.allCaps || isYear(t) || QUOTE_OPEN.has(t.text)) return true;
  }
  return false;
}

/**
 * Finds event mentions by their head nouns (genocide, commemoration, conflict, campaign, talks ...):
 * named ones ("Velmora massacre", "2003 truce agreement", "event dedicated to X",
 * "conflict between X", “Name” campaign), definite references back ("the massacre", "the event"),
 * and plural generic ones ("a series of events") kept only as anchors for relations.
 */
export function findEvents(ctx: ExtractContext): void {
  const toks = ctx.doc.tokens;
  for (let h = 0; h < toks.length; h += 1) {
    const tok = toks[h] as Token;
    let kind = EVENT_HEADS.get(tok.lower) ?? (MODIFIED_HEADS.has(tok.lower) && toks[h - 1]?.sentence === tok.sentence ? modifiedHeadKind(toks[h - 1]?.lower ?? '') : undefined);
    if (!kind || !tok.word || ctx.dateTokens[h]) continue;
    // A capitalised head that is also a month or a plain word at the start ("March", "Memorial events") is not one.
    if (tok.cap && MONTH_NAMES.has(tok.lower)) continue;
    const owner = ownerOf(ctx, h);
    if (owner && owner.type !== 'Event') continue;
    if (ADJECTIVAL_HEADS.has(tok.lower) && !isNounUse(toks, h)) continue;
    // Inside another event's name only a named event counts ("ceremony dedicated to the X massacre").
    // Compound heads: "truce agreement" — the last noun is the head.
    const next = toks[h + 1];
    if (next && EVENT_HEADS.has(next.lower) && next.sentence === tok.sentence && !next.cap === !tok.cap) continue;
    // "the third round of talks": the head after "of" names the event ("act of", "series of" likewise).
    if (LINK_HEADS.has(tok.lower) && next?.lower === 'of') continue;
    // "a ceasefire and border-monitoring agreement": one event, named by the last head.
    if (!tok.cap && next?.lower === 'and' && coordinatedHead(toks, h + 2) >= 0) continue;
    // "the Velmora War Cemetery", "the Festival Committee": the head is part of a place's or an organisation's name.
    if (tok.cap && next?.cap && next.sentence === tok.sentence && (FACILITY_SUFFIXES.has(next.lower) || ORG_HEADS.has(next.lower))) continue;
    let start = h;
    let headWord = tok.lower;
    let link = false;
    // "act of genocide", "series of events"
    const prev1 = toks[h - 1];
    const prev2 = toks[h - 2];
    if (prev1?.lower === 'of' && prev2 && LINK_HEADS.has(prev2.lower)) {
      // "three days of mourning", "the third round of talks": the number or ordinal belongs to the name.
      start = toks[h - 3]?.num || toks[h - 3]?.ordinal || COUNT_WORDS.has(toks[h - 3]?.lower ?? '') || ORDINAL_WORDS.has(toks[h - 3]?.lower ?? '') ? h - 3 : h - 2;
      headWord = prev2.lower;
      link = true;
    }
    let l = link ? start : leftEdge(ctx, h);
    // ... and the first head belongs to the name of the last (which alone gives the kind).
    const kindFrom = l;
    if (!link && toks[l - 1]?.lower === 'and' && EVENT_HEADS.has(toks[l - 2]?.lower ?? '') && !toks[l - 2]?.cap && coordinatedHead(toks, l) === h) l -= 2;
    // Kind from modifiers: "commemorative event" → commemoration.
    for (let k = kindFrom; k < h; k += 1) {
      const mod = KIND_MODIFIERS.get((toks[k] as Token).lower);
      if (mod) kind = mod;
    }
    let end = h + 1;
    // "memorandum of understanding": the fixed phrase is the name.
    if (tok.lower === 'memorandum' && toks[h + 1]?.lower === 'of' && toks[h + 2]?.lower === 'understanding') end = h + 3;
    const headEnd = end;
    let post = false;
    let agentive = false;
    // "Cyclone Velma", "Hurricane Orla": a storm's given name follows the word.
    const given = toks[h + 1];
    if (tok.cap && STORM_WORDS.has(tok.lower) && given?.cap && given.word && given.sentence === tok.sentence && !isFunctionWord(given.lower) && !ctx.dateTokens[h + 1]) {
      end = h + 2;
      post = true;
    }
    const family = kindFamily(kind);
    for (let round = 0; round < 2; round += 1) {
      let extended = false;
      for (const pm of POST_MODIFIERS) {
        if (!matchWords(toks, end, pm.words)) continue;
        if (pm.families && !pm.families.has(family)) continue;
        if (pm.heads && !pm.heads.has(tok.lower)) continue;
        const from = end + pm.words.length;
        if (pm.properOnly && !isProperStart(ctx, from, tok.sentence, family === 'agreement')) continue;
        // "signed the agreement on Thursday", "an exhibition of this size": a date or a pointing word is no part of the name.
        const first = toks[from]?.lower === 'the' ? from + 1 : from;
        if (!pm.properOnly && (ctx.dateTokens[first] || POINTING.has(toks[from]?.lower ?? ''))) break;
        // "the runoff against 47.4 percent": a figure is no part of the name.
        if (toks[first]?.num && !isYear(toks[first])) break;
        const opts: { allowAnd?: boolean; allowIn?: boolean; andProper?: boolean } = {};
        if (pm.allowAnd) opts.allowAnd = true;
        if (pm.andProper) opts.andProper = true;
        if (pm.allowIn) opts.allowIn = true;
        const np = scanNounPhrase(ctx.doc, from, opts);
        if (np && np.end > np.head) {
          // "the battle of X 80 years ago": a time counted back from the report ends the name.
          let npEnd = np.end;
          for (let k = first + 1; k < npEnd; k += 1) {
            if (!ctx.dateTokens[k]) continue;
            let e = k;
            while (ctx.dateTokens[e]) e += 1;
            if (toks[e - 1]?.lower === 'ago') npEnd = k;
            break;
          }
          end = npEnd;
          post = true;
          extended = true;
          agentive = !!pm.agentive;
        }
        break;
      }
      if (!extended) break;
    }
    const before = toks[l - 1];
    // "the deadliest accident", "the largest street protest": a superlative says what an event was, it names none.
    if (DEFINITE.has(before?.lower ?? '') && /(?:est)$/.test(toks[l]?.lower ?? '') && !toks[l]?.cap && l < h && !post) continue;
    // "Thursday's by-election", "last week's talks": a day's possessive points at one particular event; the
    // name starts after it.
    if (!link && toks[l - 1] !== undefined && isPossessiveMark(toks[l - 1] as Token) && ctx.dateTokens[l - 2] === 1) {
      let d = l - 2;
      while (d > 0 && ctx.dateTokens[d - 1] === 1 && toks[d - 1]?.sentence === tok.sentence) d -= 1;
      // "Thursday's quarter-final against the X club": when the complement overlaps a name found before, the head alone.
      for (const e of end > headEnd ? [end, headEnd] : [end]) {
        if (addCandidate(ctx, { type: 'Event', start: l, end: e, name: cleanName(spanText(ctx.doc, l, e)), rule: 'event-dated', head: headWord, kind, extraAliases: [cleanName(spanText(ctx.doc, d, e))] }) >= 0) break;
      }
      continue;
    }
    // "Lopez's campaign", "the ministry's statement": a possessive makes a reference back.
    const possessive = toks.slice(l, h).some(isPossessiveMark);
    if (possessive && !post) {
      const name = cleanName(spanText(ctx.doc, l, end));
      addCandidate(ctx, { type: 'Event', start: l, end, name, rule: 'event-possessive', head: headWord, kind, anaphor: true, extraAliases: [name] });
      continue;
    }
    const plural = tok.lower.endsWith('s') && tok.lower !== 'talks' && tok.lower !== 'negotiations';
    const particular = (!link || headWord === 'round') && (PARTICULAR.has(toks[l]?.lower ?? '') || ORDINAL_WORDS.has(toks[l]?.lower ?? '') || !!toks[l]?.ordinal) && DEFINITE.has(before?.lower ?? '');
    // "The festival is organised by X" after "the Y Festival": a definite description refers back first.
    const organisedHere = !link && !plural && isOrganisedHere(ctx.doc, l, end) && !(DEFINITE.has(before?.lower ?? '') && l === h);
    // "a methane explosion tore through the mine", "an earthquake struck": a happening told as it happened.
    const happened = !link && !plural && HAPPENING_FAMILIES.has(family) && /^(?:a|an)$/.test(before?.lower ?? '') && HAPPENED_VERBS.has(toks[end]?.lower ?? '');
    // "signed a memorandum", "reached a deal": one particular agreement.
    const signed = !link && family === 'agreement' && /^(?:a|an)$/.test(before?.lower ?? '') && SIGNING.has(toks[l - 2]?.lower ?? '');
    // "declared three days of mourning", "announced a day of mourning": one particular period.
    const declared = link && DECLARING.has(toks[/^(?:a|an|the)$/.test(before?.lower ?? '') || before?.num || COUNT_WORDS.has(before?.lower ?? '') ? l - 2 : l - 1]?.lower ?? '');
    const named = post || particular || happened || signed || declared || hasProperModifier(ctx, l, h + 1) || organisedHere;
    const cand: Candidate = {
      type: 'Event',
      start: l,
      end,
      name: cleanName(spanText(ctx.doc, l, end)),
      rule: 'event',
      head: headWord,
      kind,
    };
    const aliases = aliasForms(ctx, l, headEnd - 1, end);
    if (aliases.length > 0) cand.extraAliases = aliases;
    if (named) {
      // "talks mediated by the Velmora Group": the mediator's name, found first, goes inside the event's.
      if ((agentive ? addCandidateAround(ctx, cand) : addCandidate(ctx, cand)) >= 0 || !post) continue;
      // "the ceremony at the Velmora Embassy in Ostrava": the venue keeps its name; the event is the head alone.
      cand.end = h + 1;
      cand.name = cleanName(spanText(ctx.doc, l, h + 1));
      cand.extraAliases = undefined;
      if (hasProperModifier(ctx, l, h + 1) || (!link && !plural && (post || isOrganisedHere(ctx.doc, l, h + 1)))) {
        addCandidate(ctx, cand);
        continue;
      }
    }
    if (owner) continue;
    // "the floods", "the landslides": a disaster told in the plural is still one happening.
    if (before && DEFINITE.has(before.lower) && plural && l === h && kind === 'disaster') {
      addCandidate(ctx, { ...cand, rule: 'event-anaphor', anaphor: true });
    } else if (before && DEFINITE.has(before.lower) && !plural) {
      addCandidate(ctx, { ...cand, rule: 'event-anaphor', anaphor: true });
    } else if (plural || link) {
      addCandidate(ctx, { ...cand, rule: 'event-generic', generic: true });
    }
  }
}
