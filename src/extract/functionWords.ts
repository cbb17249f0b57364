/** Closed-class English words (grammar, not names): determiners, pronouns, prepositions, conjunctions, auxiliaries. */

export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
  'some', 'any', 'each', 'every', 'all', 'both', 'no', 'another', 'such', 'other', 'several', 'many', 'few',
]);

export const PRONOUNS: ReadonlySet<string> = new Set([
  'i', 'he', 'she', 'it', 'we', 'they', 'you', 'him', 'them', 'us', 'me', 'who', 'whom', 'whose', 'which',
  'what', 'there', 'here', 'himself', 'herself', 'itself', 'themselves', 'one',
]);

export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'into', 'onto', 'about', 'against', 'between',
  'among', 'amid', 'over', 'under', 'after', 'before', 'during', 'since', 'until', 'till', 'through',
  'throughout', 'across', 'toward', 'towards', 'near', 'within', 'without', 'via', 'per', 'upon',
  'despite', 'regarding', 'concerning', 'including', 'like', 'as', 'around', 'behind', 'beyond', 'outside',
  'inside', 'along', 'amongst', 'off', 'out', 'up', 'down', 'following',
]);

export const CONJUNCTIONS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'nor', 'yet', 'so', 'while', 'whereas', 'when', 'where', 'because', 'although',
  'though', 'if', 'unless', 'as', 'than', 'whether', 'after', 'before', 'since', 'that',
]);

export const AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does',
  'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', "n't",
]);

const ALL: ReadonlySet<string> = new Set([...DETERMINERS, ...PRONOUNS, ...PREPOSITIONS, ...CONJUNCTIONS, ...AUXILIARIES]);

/** True for a closed-class word (lower case input). */
export function isFunctionWord(lower: string): boolean {
  return ALL.has(lower);
}
