import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4jLocal/localNeo4j';
import { TEST_NEO4J_DATA, TEST_NEO4J_PORT } from './testEnv';

declare global {
  // eslint-disable-next-line no-var
  var __NEWSGRAPH_LOCAL_NEO4J__: LocalNeo4j | undefined;
}

/**
 * Starts the local embedded Neo4j for the test run unless NEO4J_URI points at one already
 * (or NEWSGRAPH_SKIP_DB=1 runs only the tests that need no database).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEWSGRAPH_SKIP_DB === '1') return;
  if (process.env.NEO4J_URI !== undefined && process.env.NEO4J_URI !== '') return;
  const local = await startLocalNeo4j({
    port: TEST_NEO4J_PORT,
    dataDir: TEST_NEO4J_DATA,
    heap: '1g',
    pageCache: '256m',
    log: (line) => process.stderr.write(`\n[test neo4j] ${line}`),
  });
  globalThis.__NEWSGRAPH_LOCAL_NEO4J__ = local;
  process.env.NEO4J_URI = local.uri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = '';
  process.env.NEWSGRAPH_TEST_LOCAL_DATA = TEST_NEO4J_DATA;
}
