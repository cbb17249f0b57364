import { badInput } from '../../errors/NewsgraphError';

/** What a keyset cursor holds: the sort it belongs to, the sort key of the item and its id. */
export interface CursorKey {
  sort: string;
  key: string | number;
  id: string;
}

/** Opaque cursor: base64url of the JSON triple [sort, key, id] (never an offset). */
export function encodeCursor(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  return Buffer.from(JSON.stringify(raw), 'utf8').toString('base64url');
}

/** Reads a cursor made by encodeCursor for the same sort; anything else is BAD_USER_INPUT. */
export function decodeCursor(cursor: string, sort: string): CursorKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('after is not a cursor this API made');
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw badInput('after is not a cursor this API made');
  const [s, key, id] = parsed as unknown[];
  if (typeof s !== 'string' || (typeof key !== 'string' && typeof key !== 'number') || typeof id !== 'string') {
    throw badInput('after is not a cursor this API made');
  }
  if (s !== sort) throw badInput(`after is a cursor for sort ${s}, not ${sort}`);
  return { sort: s, key, id };
}
