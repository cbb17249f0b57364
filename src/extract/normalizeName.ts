const FOLD: Record<string, string> = {
  'ə': 'e', 'Ə': 'e', 'ı': 'i', 'ø': 'o', 'Ø': 'o', 'đ': 'd', 'Đ': 'd', 'ł': 'l', 'Ł': 'l', 'ß': 'ss',
  'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'þ': 'th', 'ð': 'd', 'ǝ': 'e', 'ʼ': '', 'ʻ': '',
};
const FOLD_RE = /[əƏıøØđĐłŁßæÆœŒþðǝʼʻ]/g;
const MARKS = /\p{M}+/gu;

/**
 * Lookup key for a name: lower case, accents and special letters folded to ASCII-like letters,
 * quotes and apostrophes dropped, hyphens and other punctuation turned into single spaces.
 * "Pointe-Noire" and "Pointe Noire" give the same key; so do "Kırşehir" and "Kirsehir".
 */
export function normalizeName(name: string): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const key = ASCII.test(name) ? name.toLowerCase().replace(ASCII_DROP, '').replace(ASCII_SPACE, ' ').trim() : slowNormalize(name);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, key);
  return key;
}

const ASCII = /^[\x20-\x7e]*$/;
const ASCII_DROP = /['`"]/g;
const ASCII_SPACE = /[^a-z0-9]+/g;
const CACHE_LIMIT = 50000;
const cache = new Map<string, string>();

/** As `normalizeName`, without the memo (for bulk loading of gazetteer names). */
export function normalizeNameUncached(name: string): string {
  return ASCII.test(name) ? name.toLowerCase().replace(ASCII_DROP, '').replace(ASCII_SPACE, ' ').trim() : slowNormalize(name);
}

function slowNormalize(name: string): string {
  return name
    .replace(FOLD_RE, (c) => FOLD[c] ?? c)
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/['’‘`"“”«»]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Key for comparing entity names: as `normalizeName`, without a leading "the", "a" or "an". */
export function entityNameKey(name: string): string {
  return normalizeName(name).replace(/^(?:the|a|an) /, '');
}
