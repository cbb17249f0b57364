import { createHash } from 'node:crypto';

/** A run of white space other than one plain space (a lone space is already folded). */
const WHITE_RUN = /[^\S ]\s*| \s+/g;

/** sha256 (hex) of the text with runs of white space folded to one space and the ends trimmed. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(WHITE_RUN, ' ').trim(), 'utf8').digest('hex');
}
