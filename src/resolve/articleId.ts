import { sha256Hex } from './sha256Hex';

/** `article:<first 24 hex of sha256(url or contentHash)>`: a report's identity is its URL when it has one. */
export function articleId(url: string | undefined, contentHash: string): string {
  const identity = url !== undefined && url.trim() !== '' ? url.trim() : contentHash;
  return `article:${sha256Hex(identity).slice(0, 24)}`;
}
