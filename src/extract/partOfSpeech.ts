/**
 * Part-of-speech hints for single words from the `wink-lexicon` lexicon (Penn tags, most frequent
 * first), with suffix guesses for words it lacks. Used to find where a noun phrase stops.
 */
let lexicon: Record<string, string[] | undefined> | undefined;

function load(): Record<string, string[] | undefined> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('wink-lexicon/src/lexicon.js') as Record<string, string[] | undefined>;
}

/** The Penn tags the lexicon gives the lower-case word, most frequent first (empty when unknown). */
export function posTags(lower: string): readonly string[] {
  if (!lexicon) lexicon = load();
  const tags = Object.prototype.hasOwnProperty.call(lexicon, lower) ? lexicon[lower] : undefined;
  return tags ?? [];
}

/** True when the word is most often a verb form (not a participle used as adjective). */
export function isLikelyVerb(lower: string): boolean {
  const tags = posTags(lower);
  const first = tags[0];
  if (first === undefined) return false;
  return first === 'VBD' || first === 'VBZ' || first === 'VBP' || first === 'VB' || first === 'MD';
}

/** True when the word can be a verb at all (any verb tag). */
export function canBeVerb(lower: string): boolean {
  return posTags(lower).some((t) => t.startsWith('VB') || t === 'MD');
}

/** True when the word is most often a past participle or past tense (killed, held, taken). */
export function isLikelyParticiple(lower: string): boolean {
  const tags = posTags(lower);
  if (tags.length === 0) return /[^e]ed$|[^aeiou]en$/.test(lower);
  return tags[0] === 'VBN' || tags[0] === 'VBD';
}

/** True when the word is most often an adverb (totally, still, yet). */
export function isLikelyAdverb(lower: string): boolean {
  const tags = posTags(lower);
  if (tags.length === 0) return lower.endsWith('ly');
  return tags[0] === 'RB';
}

/** True when the word can be a noun or an adjective (any NN* or JJ* tag), or is unknown. */
export function canBeNominal(lower: string): boolean {
  const tags = posTags(lower);
  if (tags.length === 0) return true;
  return tags.some((t) => t.startsWith('NN') || t.startsWith('JJ') || t === 'VBG' || t === 'CD');
}
