/** Stops the local Neo4j the test run started (a reused or remote one is left alone). */
export default async function globalTeardown(): Promise<void> {
  const local = globalThis.__NEWSGRAPH_LOCAL_NEO4J__;
  if (local !== undefined) await local.stop();
}
