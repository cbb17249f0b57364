import type { BuiltEntities } from './buildEntities';
import { isFunctionWord } from './functionWords';
import type { ExtractContext, Token } from './internalTypes';
import { MULTIPLIERS, VAGUE_COUNTS, numberWordValue } from './numberWords';
import { canBeNominal, isLikelyAdverb, isLikelyParticiple, isLikelyVerb, posTags } from './partOfSpeech';
import type { Figure } from './types';

/** Words before a number that say how exact it is, longest first. */
const QUALIFIERS: ReadonlyArray<string[]> = [
  ['as', 'many', 'as'], ['as', 'few', 'as'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['at', 'least'],
  ['at', 'most'], ['up', 'to'], ['an', 'estimated'], ['no', 'fewer', 'than'], ['no', 'less', 'than'], ['some'],
  ['about'], ['around'], ['nearly'], ['almost'], ['approximately'], ['roughly'], ['over'], ['estimated'],
  ['only'], ['just'], ['over'], ['under'], ['close', 'to'], ['upwards', 'of'],
];
const AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'reportedly', 'also']);
const SHARE_WORDS = new Set(['percent', '%', 'per', 'share', 'part', 'proportion']);
const LIST_GLUE = new Set([',', 'including', 'and', 'among', 'them', 'of', 'whom', 'while', 'such', 'as', '(', ')']);

function parseDigits(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** Value of the number at token i and the index after it; undefined when token i is no count. */
function readNumber(toks: Token[], i: number, dateTokens: Uint8Array): { value: number; end: number; vague?: string } | undefined {
  const t = toks[i] as Token;
  if (dateTokens[i]) return undefined;
  let value: number | undefined;
  let end = i + 1;
  if (t.num) {
    if (/^\d{4}$/.test(t.text) && Number(t.text) >= 1500 && Number(t.text) <= 2100) return undefined;
    value = parseDigits(t.text);
  } else if (t.word) {
    const vague = VAGUE_COUNTS.get(t.lower);
    if (vague !== undefined && toks[i + 1]?.lower === 'of') return { value: vague, end: i + 2, vague: t.lower };
    value = numberWordValue(t.lower);
    if (value === undefined || MULTIPLIERS.has(t.lower)) return undefined;
  }
  if (value === undefined || Number.isNaN(value)) return undefined;
  const mult = toks[end] ? MULTIPLIERS.get((toks[end] as Token).lower) : undefined;
  if (mult !== undefined) {
    value *= mult;
    end += 1;
  }
  return { value, end };
}

function qualifierBefore(toks: Token[], i: number): { text: string; start: number } | undefined {
  for (const q of QUALIFIERS) {
    const s = i - q.length;
    if (s < 0) continue;
    if (q.every((w, n) => (toks[s + n] as Token).lower === w)) return { text: q.join(' '), start: s };
  }
  return undefined;
}

/** The counted noun phrase after the number: "old people", "innocent residents", "percent of X". */
function countedPhrase(toks: Token[], i: number, sentence: number): { words: string[]; end: number } | undefined {
  const words: string[] = [];
  let k = i;
  while (k < toks.length && words.length < 5) {
    const t = toks[k] as Token;
    if (t.sentence !== sentence) break;
    if (t.text === '%') {
      words.push('percent');
      k += 1;
      continue;
    }
    if (!t.word || (isFunctionWord(t.lower) && !t.cap)) break;
    if (!t.cap && (isLikelyVerb(t.lower) || isLikelyAdverb(t.lower) || !canBeNominal(t.lower))) break;
    words.push(t.lower);
    k += 1;
  }
  if (words.length === 0) return undefined;
  // "percent of Velmora"
  if (SHARE_WORDS.has(words[words.length - 1] as string) && toks[k]?.lower === 'of') {
    let e = k + 1;
    if (toks[e]?.lower === 'the') e += 1;
    const of: string[] = [];
    while (e < toks.length && (toks[e] as Token).word && !isFunctionWord((toks[e] as Token).lower) && of.length < 4 && (toks[e] as Token).sentence === sentence) {
      of.push((toks[e] as Token).lower);
      e += 1;
    }
    if (of.length > 0) return { words: [...words, 'of', ...of], end: e };
  }
  return { words, end: k };
}

/** The predicate that applies to a counted subject: "were killed" → "killed", "lost one parent", "taken hostage". */
function predicateAfter(toks: Token[], i: number, sentence: number): string[] {
  let k = i;
  // Skip an enumeration: ", including 63 children, 106 women and 70 old people".
  let guard = 0;
  while (k < toks.length && guard < 30) {
    const t = toks[k] as Token;
    if (t.sentence !== sentence) return [];
    if (AUX.has(t.lower) || (t.word && !t.cap && (isLikelyVerb(t.lower) || isLikelyParticiple(t.lower)) && !LIST_GLUE.has(t.lower))) break;
    if (LIST_GLUE.has(t.lower) || t.num || (t.word && canBeNominal(t.lower))) {
      k += 1;
      guard += 1;
      continue;
    }
    return [];
  }
  const out: string[] = [];
  while (k < toks.length && AUX.has((toks[k] as Token).lower)) k += 1;
  let n = 0;
  let sawVerb = false;
  while (k < toks.length && n < 4) {
    const t = toks[k] as Token;
    if (t.sentence !== sentence || !t.word) break;
    if (sawVerb && (isFunctionWord(t.lower) && !['one', 'both', 'all', 'not'].includes(t.lower))) break;
    if (!sawVerb && !isLikelyAdverb(t.lower) && !isLikelyVerb(t.lower) && !isLikelyParticiple(t.lower) && !posTags(t.lower).some((p) => p.startsWith('VB'))) break;
    if (!isLikelyAdverb(t.lower)) sawVerb = true;
    out.push(t.lower);
    k += 1;
    n += 1;
  }
  return sawVerb ? out : [];
}

/**
 * Finds reported counts — "As many as 613 people ... were killed", "Eight families were totally
 * exterminated", "hundreds of residents" — with what they count, the qualifier, and the event the
 * sentence (or, failing that, the paragraph so far) is about.
 */
export function findFigures(ctx: ExtractContext, built: BuiltEntities): Figure[] {
  const toks = ctx.doc.tokens;
  const out: Figure[] = [];
  const eventsBySentence = new Map<number, typeof built.mentions>();
  for (const m of built.mentions) {
    if (m.type !== 'Event' || (ctx.owner[m.start] ?? -1) !== m.candidate) continue;
    const list = eventsBySentence.get(m.sentence);
    if (list) list.push(m);
    else eventsBySentence.set(m.sentence, [m]);
  }
  /** Latest event mentioned before sentence s in its paragraph. */
  const lastEventBefore = (s: number): string | undefined => {
    const para = ctx.doc.sentenceParagraph[s];
    for (let k = s - 1; k >= 0 && ctx.doc.sentenceParagraph[k] === para; k -= 1) {
      const list = eventsBySentence.get(k);
      if (list && list.length > 0) return (list[list.length - 1] as (typeof list)[number]).key;
    }
    return undefined;
  };
  for (let i = 0; i < toks.length; i += 1) {
    const t = toks[i] as Token;
    if ((ctx.owner[i] ?? -1) >= 0) continue;
    const num = readNumber(toks, i, ctx.dateTokens);
    if (!num) continue;
    const prev = toks[i - 1];
    if (prev && (prev.lower === 'the' || prev.lower === 'no' || prev.text === '#' || prev.lower === 'number')) continue;
    const phrase = countedPhrase(toks, num.end, t.sentence);
    if (!phrase) continue;
    if (/^(?:years?|months?|weeks?|days?|hours?|minutes?|times?|am|pm|o'clock)$/.test(phrase.words[0] ?? '')) continue;
    const qual = num.vague ? { text: num.vague, start: i } : qualifierBefore(toks, i);
    const start = qual && !num.vague ? qual.start : i;
    let counts: string[];
    const before = toks[i - 1];
    let verbBefore = before && !before.cap && !qual && (isLikelyVerb(before.lower) || isLikelyParticiple(before.lower)) ? before.lower : undefined;
    if (verbBefore && toks.slice(Math.max(0, i - 4), i - 1).some((w) => w.lower === 'not' || w.lower === "n't" || w.lower === 'never')) verbBefore = `not ${verbBefore}`;
    // "the fate of 150 people still remains unknown" → "people whose fate still remains unknown"
    const ofHead = prev?.lower === 'of' && toks[i - 2] && toks[i - 3]?.lower === 'the' ? (toks[i - 2] as Token).lower : undefined;
    const predicate = predicateAfter(toks, phrase.end, t.sentence);
    if (ofHead && predicate.length > 0) counts = [...phrase.words, 'whose', ofHead, ...predicate];
    else if (predicate.length > 0 && !verbBefore) counts = [...phrase.words, ...predicate];
    else if (verbBefore) counts = [...phrase.words, verbBefore];
    else counts = phrase.words;
    const sentence = t.sentence;
    const inSentence = eventsBySentence.get(sentence) ?? [];
    let event = inSentence.find((m) => m.start >= phrase.end)?.key ?? inSentence[inSentence.length - 1]?.key;
    if (!event) event = lastEventBefore(sentence);
    const first = toks[start] as Token;
    const last = toks[phrase.end - 1] as Token;
    const fig: Figure = {
      value: num.value,
      counts: counts.join(' ').replace(/\s+/g, ' ').trim(),
      text: ctx.doc.text.slice(first.start, last.end),
      sentence,
      start: first.start,
      end: last.end,
    };
    if (qual) fig.qualifier = qual.text;
    if (event) fig.event = event;
    out.push(fig);
    i = phrase.end - 1;
  }
  return out;
}
