import { startLocalNeo4j, portAnswers } from '../../src/neo4jLocal/localNeo4j';
import { describeDb } from '../setup/testDb';
import { TEST_NEO4J_DATA, TEST_NEO4J_PORT } from '../setup/testEnv';

const usesLocal = process.env.NEWSGRAPH_TEST_LOCAL_DATA !== undefined;

describeDb('Platform: local embedded Neo4j', () => {
  (usesLocal ? it : it.skip)('fails clearly when a second one is started on a data folder in use', async () => {
    await expect(
      startLocalNeo4j({ port: TEST_NEO4J_PORT + 100, dataDir: TEST_NEO4J_DATA, heap: '256m', pageCache: '16m', startTimeoutMs: 60000 }),
    ).rejects.toThrow(/data folder .* is in use by another local Neo4j/);
    expect(await portAnswers(TEST_NEO4J_PORT + 100)).toBe(false);
  });

  (usesLocal ? it : it.skip)('reuses the one already running on the same folder and port', async () => {
    const again = await startLocalNeo4j({ port: TEST_NEO4J_PORT, dataDir: TEST_NEO4J_DATA, heap: '256m', pageCache: '16m' });
    expect(again.startedHere).toBe(false);
    expect(again.uri).toBe(`bolt://127.0.0.1:${TEST_NEO4J_PORT}`);
  });
});
