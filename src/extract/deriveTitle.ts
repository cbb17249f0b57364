import type { Sentence } from './types';

/** A title from the first sentence: without its closing stop, cut at a word boundary near `max` characters. */
export function deriveTitle(sentences: Sentence[], max = 120): string {
  const first = sentences[0]?.text.replace(/\s+/g, ' ').trim() ?? '';
  const bare = first.replace(/[.!?…]+["”’)]*$/, '').trim();
  if (bare.length <= max) return bare;
  const cut = bare.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
