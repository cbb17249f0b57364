import type { Config } from '../config/config';
import { createDatabase, type Database } from '../db/Database';
import { applySchema } from '../db/applySchema';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4jLocal/localNeo4j';

/** An open connection to the graph, with the local Neo4j it started (if any). */
export interface OpenGraph {
  db: Database;
  local: LocalNeo4j | undefined;
  /** Closes the driver, then stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI, or starts (or reuses) the local embedded Neo4j when it is not set;
 * verifies the connection and applies the schema. Throws a NewsgraphError with a one-line cause.
 */
export async function openGraph(config: Config, log: (line: string) => void = () => undefined): Promise<OpenGraph> {
  let local: LocalNeo4j | undefined;
  let uri: string;
  let user = 'neo4j';
  let password = '';
  const t = config.neo4j;
  if (t.kind === 'local') {
    local = await startLocalNeo4j({ port: t.port, dataDir: t.dataDir, heap: t.heap, pageCache: t.pageCache, log });
    uri = local.uri;
  } else {
    uri = t.uri;
    user = t.user;
    password = t.password;
  }
  const db = createDatabase({
    uri,
    user,
    password,
    database: t.database,
    txTimeoutMs: config.txTimeoutMs,
    connectTimeoutMs: config.connectTimeoutMs,
    maxConnections: config.maxConnections,
  });
  const close = async (): Promise<void> => {
    await db.close().catch(() => undefined);
    if (local !== undefined) await local.stop();
  };
  try {
    await db.verify();
    await applySchema(db);
  } catch (e) {
    await close();
    throw e;
  }
  return { db, local, close };
}
