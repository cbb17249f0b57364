import { normalizeName } from './normalizeName';

/** `source:<normalised name>` of a publisher, or null when the name normalises to nothing. */
export function sourceId(name: string | undefined): string | null {
  if (name === undefined) return null;
  const norm = normalizeName(name);
  return norm === '' ? null : `source:${norm.replace(/ /g, '-')}`;
}
