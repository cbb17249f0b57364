/**
 * Part-of-speech hints for single words from the `wink-lexicon` lexicon (Penn tags, most frequent
 * first), with suffix guesses for words it lacks. Used to find where a noun phrase stops.
 */
let lexicon: Record<string, string[] | undefined> | undefined;

function load(): Record<string, string[] | undefined> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('wink-lexicon/src/lexicon.js') as Record<string, string[] | undefined>;
}

const NO_TAGS: readonly string[] = [];

/** The Penn tags the lexicon gives the lower-case word, most frequent first (empty when unknown). */
export function posTags(lower: string): readonly string[] {
  if (!lexicon) lexicon = load();
  const tags = Object.prototype.hasOwnProperty.call(lexicon, lower) ? lexicon[lower] : undefined;
  return tags ?? NO_TAGS;
}

// What the tests below answer for a word, worked out once per word (they are asked for the same
// everyday words over and over, and a look-up in the large lexicon object is slow).
const LIKELY_VERB = 1;
const CAN_BE_VERB = 2;
const LIKELY_PARTICIPLE = 4;
const LIKELY_ADVERB = 8;
const CAN_BE_NOMINAL = 16;
const MEMO_LIMIT = 50000;
const memo = new Map<string, number>();

function classOf(lower: string): number {
  const tags = posTags(lower);
  const first = tags[0];
  let flags = 0;
  if (first === 'VBD' || first === 'VBZ' || first === 'VBP' || first === 'VB' || first === 'MD') flags |= LIKELY_VERB;
  if (tags.some((t) => t.startsWith('VB') || t === 'MD')) flags |= CAN_BE_VERB;
  if (first === undefined ? /[^e]ed$|[^aeiou]en$/.test(lower) : first === 'VBN' || first === 'VBD') flags |= LIKELY_PARTICIPLE;
  if (first === undefined ? lower.endsWith('ly') : first === 'RB') flags |= LIKELY_ADVERB;
  if (first === undefined || tags.some((t) => t.startsWith('NN') || t.startsWith('JJ') || t === 'VBG' || t === 'CD')) flags |= CAN_BE_NOMINAL;
  return flags;
}

function has(lower: string, flag: number): boolean {
  let flags = memo.get(lower);
  if (flags === undefined) {
    flags = classOf(lower);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(lower, flags);
  }
  return (flags & flag) !== 0;
}

/** True when the word is most often a verb form (not a participle used as adjective). */
export function isLikelyVerb(lower: string): boolean {
  return has(lower, LIKELY_VERB);
}

/** True when the word can be a verb at all (any verb tag). */
export function canBeVerb(lower: string): boolean {
  return has(lower, CAN_BE_VERB);
}

/** True when the word is most often a past participle or past tense (killed, held, taken). */
export function isLikelyParticiple(lower: string): boolean {
  return has(lower, LIKELY_PARTICIPLE);
}

/** True when the word is most often an adverb (totally, still, yet). */
export function isLikelyAdverb(lower: string): boolean {
  return has(lower, LIKELY_ADVERB);
}

/** True when the word can be a noun or an adjective (any NN* or JJ* tag), or is unknown. */
export function canBeNominal(lower: string): boolean {
  return has(lower, CAN_BE_NOMINAL);
}
