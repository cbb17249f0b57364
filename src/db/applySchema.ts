import type { Database } from './Database';
import { cypherFile, listCypherFiles } from './cypherFile';

/** Applies every cypher/schema/*.cypher statement (constraints and indexes; each is idempotent). */
export async function applySchema(db: Database): Promise<number> {
  const names = listCypherFiles().filter((n) => n.startsWith('schema/'));
  for (const name of names) await db.write(cypherFile(name));
  return names.length;
}
