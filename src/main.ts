import type { AddressInfo } from 'node:net';
import { loadConfig } from './config/config';
import { openGraph, type OpenGraph } from './bootstrap/openGraph';
import { loadSampleCorpus } from './ingest/loadSampleCorpus';
import { createServer, type NewsgraphServer } from './server/createServer';
import { createLogger } from './server/createLogger';
import { isNewsgraphError } from './errors/NewsgraphError';

let graph: OpenGraph | undefined;
let server: NewsgraphServer | undefined;

async function cleanup(): Promise<void> {
  await server?.stop().catch(() => undefined);
  await graph?.close().catch(() => undefined);
}

/** `npm start`: the only file that listens. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const say = (line: string): void => {
    process.stderr.write(`newsgraph: ${line}\n`);
  };

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping…`);
    await cleanup();
    say('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  graph = await openGraph(config, say);
  if (stopping) return;
  if (config.loadSample) {
    const loaded = await loadSampleCorpus(graph.db, say);
    if (loaded > 0) say(`loaded the sample corpus (${loaded} report${loaded === 1 ? '' : 's'})`);
  }
  server = createServer({ config, db: graph.db, logger });
  await server.start();
  await new Promise<void>((resolve, reject) => {
    server?.httpServer.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new Error(`PORT: ${config.host}:${config.port} is already in use (is newsgraph already running?); set PORT to a free port`) : e),
    );
    server?.httpServer.listen(config.port, config.host, () => resolve());
  });
  const address = server.httpServer.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  say(`GraphQL ready at http://${shownHost}:${address.port}/graphql`);
}

main().catch(async (e: unknown) => {
  // One clear line, no stack trace: the variable or the cause.
  const message = isNewsgraphError(e) ? e.message : e instanceof Error ? e.message : String(e);
  process.stderr.write(`newsgraph: ${message}\n`);
  await cleanup();
  process.exit(1);
});
