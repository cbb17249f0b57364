import type { ExtractedEntity } from '../extract/types';
import { nameKey } from './nameKey';
import { normalizeName } from './normalizeName';
import { stripTitles } from './stripTitles';

/** How many gazetteer alternate names of a place are registered as lookup keys. */
const MAX_ALTERNATE_KEYS = 30;

/** The names of one extracted entity, normalised, with the lookup keys they give. */
export interface EntityNames {
  /** The fullest form, titles stripped for people. */
  name: string;
  normName: string;
  /** A person named by one word only (a surname, "Mrs. Y"). */
  singleWord: boolean;
  /** Every form used: name, aliases, mention texts (as written, distinct). */
  forms: string[];
  /** Normalised name-like forms other than normName (aliases that are names, not descriptions). */
  aliasNorms: string[];
  /** Keys to register on the node for later reports. */
  keys: string[];
}

/** A form is name-like when it has a capital letter once a leading "the" is dropped ("the embassy" is not). */
function nameLike(form: string): boolean {
  return /\p{Lu}/u.test(form.replace(/^\s*the\s+/i, ''));
}

/** Names, forms and lookup keys of an extracted entity (pure). */
export function entityNames(e: ExtractedEntity): EntityNames {
  const person = e.type === 'Person';
  const clean = (s: string): string => (person ? stripTitles(s) : s.trim().replace(/^the\s+/i, ''));
  const name = clean(e.name);
  const normName = normalizeName(name) || normalizeName(e.name);
  const words = normName.split(' ').filter((w) => w !== '');
  const singleWord = person && words.length === 1;
  const forms = [...new Set([e.name, ...e.aliases, ...e.mentions.map((m) => m.text)].map((f) => f.trim()).filter((f) => f !== ''))];
  const aliasNorms = [
    ...new Set(
      [...e.aliases, ...e.mentions.map((m) => m.text)]
        .filter(nameLike)
        .map((f) => normalizeName(clean(f)))
        .filter((n) => n !== '' && n !== normName && !(person && !n.includes(' '))),
    ),
  ];
  const keys = new Set<string>([nameKey(e.type, 'name', normName)]);
  for (const a of aliasNorms) keys.add(nameKey(e.type, 'name', a));
  if (person && words.length > 1) keys.add(nameKey('Person', 'surname', words[words.length - 1] as string));
  if (e.type === 'Place' && e.geo !== undefined) {
    for (const alt of e.geo.alternateNames.slice(0, MAX_ALTERNATE_KEYS)) {
      const n = normalizeName(alt);
      if (n !== '') keys.add(nameKey('Place', 'name', n));
    }
    const geoName = normalizeName(e.geo.name);
    if (geoName !== '') keys.add(nameKey('Place', 'name', geoName));
  }
  return { name, normName, singleWord, forms, aliasNorms, keys: [...keys] };
}
