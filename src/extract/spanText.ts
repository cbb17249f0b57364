import type { Doc, Token } from './internalTypes';
import { normalizeName } from './normalizeName';
import { tokenKey } from './tokenKey';

/** The report text covered by tokens [start, end). */
export function spanText(doc: Doc, start: number, end: number): string {
  const first = doc.tokens[start];
  const last = doc.tokens[end - 1];
  if (!first || !last || end <= start) return '';
  return doc.text.slice(first.start, last.end);
}

/** `normalizeName` of the span's text; a single token's key is kept on the token. */
export function spanKey(doc: Doc, start: number, end: number): string {
  const first = doc.tokens[start];
  if (end - start === 1 && first) return tokenKey(first);
  return normalizeName(spanText(doc, start, end));
}

/** True when token i opens its sentence (ignoring opening quotes and brackets). */
export function isSentenceInitial(doc: Doc, i: number): boolean {
  const tok = doc.tokens[i];
  if (!tok) return false;
  const range = doc.sentenceTokens[tok.sentence];
  if (!range) return false;
  let j = range[0];
  while (j < i && /^["“‘'(\[«]$/.test((doc.tokens[j] as Token).text)) j += 1;
  return j === i;
}

/** The token at i, or undefined outside the array. */
export function tokenAt(doc: Doc, i: number): Token | undefined {
  return doc.tokens[i];
}
