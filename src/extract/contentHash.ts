import { createHash } from 'node:crypto';

/** sha256 (hex) of the text with runs of white space folded to one space and the ends trimmed. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim(), 'utf8').digest('hex');
}
