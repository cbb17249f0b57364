import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from '../src/config/config';
import { projectRoot } from '../src/config/projectRoot';

/**
 * The configuration of the ingest benchmark's own local Neo4j (NEO4J_LOCAL_PORT=7690,
 * NEO4J_LOCAL_DATA=.neo4j-local/bench unless set), shared by bench/ingestBench.ts and
 * bench/profileIngest.ts so that the profiler reads the graph the benchmark wrote. Logs silent.
 */
export function ingestBenchConfig(txTimeoutMs: number): Config {
  fs.mkdirSync(path.join(projectRoot(), '.neo4j-local'), { recursive: true });
  return loadConfig({
    NEO4J_LOCAL_PORT: '7690',
    NEO4J_LOCAL_DATA: path.join(projectRoot(), '.neo4j-local', 'bench'),
    NEO4J_TX_TIMEOUT_MS: String(txTimeoutMs),
    ...process.env,
    LOG_LEVEL: 'silent',
  });
}
