import { badInput } from '../../errors/NewsgraphError';

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
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
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
