import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { sampleCorpusFiles } from '../src/api/sampleCorpusFiles';
import { openGraph } from '../src/bootstrap/openGraph';
import { loadConfig } from '../src/config/config';
import { ingestFiles } from '../src/ingest/ingestFiles';
import { createServer } from '../src/server/createServer';

/** A loopback API on the sample corpus, for the benchmarks. */
export interface SampleCorpusServer {
  /** The GraphQL endpoint. */
  url: string;
  /** Stops the server, then the graph (and the local Neo4j if it was started here). */
  close(): Promise<void>;
}

/**
 * Opens the graph (NEO4J_URI, or the local Neo4j like `npm start`), ingests the sample corpus when
 * missing, and serves the API on a free loopback port.
 */
export async function serveSampleCorpus(): Promise<SampleCorpusServer> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const graph = await openGraph(config, (line) => process.stderr.write(`${line}\n`));
  const server = createServer({ config, db: graph.db, logger: pino({ level: 'silent' }) });
  const close = async (): Promise<void> => {
    await server.stop().catch(() => undefined);
    await graph.close();
  };
  try {
    const outcomes = await ingestFiles(graph.db, sampleCorpusFiles());
    process.stderr.write(`corpus: ${outcomes.filter((o) => o.status === 'created').length} created, ${outcomes.filter((o) => o.status === 'unchanged').length} unchanged\n`);
    await server.start();
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', () => resolve()));
    return { url: `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`, close };
  } catch (e) {
    await close();
    throw e;
  }
}
