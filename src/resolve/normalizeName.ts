/**
 * The normalised form of a name, used for entity ids and lookups: Unicode-decomposed with accents
 * removed, lower case, apostrophes dropped, every other run of non-letters/digits a single space, and
 * a leading "the" removed ("The Embassy of X" and "embassy of x" normalise alike).
 */
export function normalizeName(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded.replace(/^the\s+/, '');
}
