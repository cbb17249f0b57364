import { normalizeName } from './normalizeName';

/**
 * Words that precede a person's name as a title or honorific (general vocabulary, no names).
 * Multi-word titles are matched on the normalised form, longest first.
 */
const TITLES: readonly string[] = [
  'vice president', 'prime minister', 'deputy prime minister', 'foreign minister', 'deputy foreign minister',
  'secretary general', 'deputy minister', 'national leader', 'chief executive', 'special envoy', 'first lady',
  'ambassador', 'president', 'minister', 'secretary', 'chairman', 'chairwoman', 'chairperson', 'chair', 'director',
  'mayor', 'governor', 'gov', 'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'mp', 'mep',
  'general', 'gen', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt',
  'admiral', 'adm', 'commander', 'marshal', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor',
  'sir', 'dame', 'lord', 'lady', 'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'sheikh', 'imam',
  'rabbi', 'rev', 'reverend', 'father', 'bishop', 'archbishop', 'cardinal', 'pope', 'patriarch', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'deputy', 'chief', 'head', 'speaker', 'premier', 'chancellor',
  'emir', 'sultan', 'ayatollah', 'mufti', 'president elect', 'acting', 'former', 'late',
].sort((a, b) => b.length - a.length);

/**
 * A person's name without leading titles ("Ambassador X Y" → "X Y", "Mrs. Y" → "Y"). Returns the
 * name as written (original case), never empty: a name made of titles only is kept as it is.
 */
export function stripTitles(name: string): string {
  let rest = name.trim();
  for (;;) {
    const norm = normalizeName(rest);
    const title = TITLES.find((t) => norm === t || norm.startsWith(`${t} `));
    if (title === undefined || norm === title) return rest;
    // Drop as many written words as the title has, with trailing dots.
    const words = title.split(' ').length;
    const parts = rest.split(/[\s\u00a0]+/);
    // A hyphenated title ("Vice-President") is one written word for two normalised ones.
    let taken = 0;
    let consumed = 0;
    while (taken < words && consumed < parts.length) {
      taken += normalizeName(parts[consumed] ?? '').split(' ').filter((w) => w !== '').length || 1;
      consumed += 1;
    }
    const next = parts.slice(consumed).join(' ').trim();
    if (next === '' || normalizeName(next) === '') return rest;
    rest = next;
  }
}
