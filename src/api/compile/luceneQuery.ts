import { badInput } from '../../errors/NewsgraphError';

/** Longest search text accepted: names and short phrases, not documents. */
export const MAX_SEARCH_TEXT = 200;
const MAX_WORD = 40;

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every Lucene query-syntax character in one term. */
export function escapeLucene(term: string): string {
  return term.replace(SPECIAL, (ch) => `\\${ch}`);
}

/**
 * Builds a safe Lucene query from user text: the text is cut into words (letters and digits only),
 * each word is lower-cased and escaped, and matches exactly (boosted), as a prefix (3+ letters) or
 * with one typo (5+ letters). Words are OR-ed; the score ranks entities that match more words first.
 * Lucene operators in the input (AND, OR, *, ~, quotes, field:) are never interpreted.
 */
export function luceneQuery(text: string): string {
  if (text.length > MAX_SEARCH_TEXT) {
    throw badInput(`search text must be at most ${MAX_SEARCH_TEXT} characters, got ${text.length}`, { argument: 'text', max: MAX_SEARCH_TEXT });
  }
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    // Lucene builds an automaton per fuzzy or prefix term; very long words make it refuse the query.
    .map((w) => w.slice(0, MAX_WORD))
    .slice(0, 16);
  if (words.length === 0) throw badInput('search text must contain at least one letter or digit');
  return words
    .map((w) => {
      const t = escapeLucene(w);
      const alts = [`${t}^4`];
      if (w.length >= 3) alts.push(`${t}*^2`);
      if (w.length >= 5) alts.push(`${t}~1`);
      return `(${alts.join(' OR ')})`;
    })
    .join(' OR ');
}
