import type { Token } from './internalTypes';
import { normalizeName } from './normalizeName';

/** The lookup key of a token's text (`normalizeName`), worked out on first use and kept on the token. */
export function tokenKey(tok: Token): string {
  let key = tok.key;
  if (key === undefined) {
    key = normalizeName(tok.text);
    tok.key = key;
  }
  return key;
}
