import { sha256Hex } from './sha256Hex';

/** `claim:<sha256 of articleId, predicate, subject, object or value, sentence index>`. */
export function claimId(articleId: string, predicate: string, subject: string | null, objectOrValue: string, sentence: number): string {
  return `claim:${sha256Hex(articleId, predicate, subject ?? '', objectOrValue, String(sentence))}`;
}
