import path from 'node:path';

/** Where the test suite's own local Neo4j lives: apart from the one `npm start` uses. */
export const TEST_NEO4J_PORT = Number(process.env.NEWSGRAPH_TEST_NEO4J_PORT ?? '7688');
export const TEST_NEO4J_DATA = path.resolve(__dirname, '..', '..', '.neo4j-local', `test-data-${TEST_NEO4J_PORT}`);
