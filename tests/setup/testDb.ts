import { loadConfig, type Config } from '../../src/config/config';
import { createDatabase, type Database } from '../../src/db/Database';

/** True when the suite runs without a database (NEWSGRAPH_SKIP_DB=1): integration tests skip. */
export const noDb = process.env.NEWSGRAPH_SKIP_DB === '1';

/** `describe` for tests that need the real Neo4j. */
export const describeDb: jest.Describe = noDb ? describe.skip : describe;

/** Configuration pointing at the test database (global setup set NEO4J_URI). */
export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({ ...process.env, LOG_LEVEL: 'silent', ...overrides });
}

/** A driver-backed Database on the test Neo4j. */
export function openTestDb(config: Config = testConfig()): Database {
  const t = config.neo4j;
  if (t.kind !== 'remote') throw new Error('tests expect NEO4J_URI to be set by the global setup');
  return createDatabase({ uri: t.uri, user: t.user, password: t.password, database: t.database, txTimeoutMs: config.txTimeoutMs, connectTimeoutMs: config.connectTimeoutMs });
}
