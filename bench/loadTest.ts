/**
 * Load test: a mixed read workload (every documented example query, in turn) against a loopback
 * server on the sample corpus, with autocannon. Stops by itself after LOAD_DURATION seconds.
 *
 *   npm run bench:load                                  # 60 s, 64 connections
 *   LOAD_DURATION=10 LOAD_CONNECTIONS=16 npm run bench:load
 *
 * Prints requests, errors (socket errors, non-2xx answers, GraphQL errors in 200 bodies), latency
 * p50/p99 and requests per second. Uses NEO4J_URI, or the local Neo4j like `npm start`.
 */
import autocannon from 'autocannon';
import { exampleOperations } from '../src/api/exampleOperations';
import { serveSampleCorpus } from './serveSampleCorpus';

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name}: expected an integer from ${min} to ${max}, got "${raw ?? ''}"`);
  return n;
}

async function main(): Promise<void> {
  const duration = intEnv('LOAD_DURATION', 60, 1, 3600);
  const connections = intEnv('LOAD_CONNECTIONS', 64, 1, 1024);
  const { url, close } = await serveSampleCorpus();
  try {
    const reads = exampleOperations().filter((ex) => !/^\s*mutation\b/.test(ex.query));
    if (reads.length === 0) throw new Error('no example query to run');
    let graphqlErrors = 0;
    const firstErrors: string[] = [];
    const requests = reads.map((ex) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ex.query, variables: ex.variables }),
      onResponse: (status: number, body: string) => {
        if (status === 200 && !body.includes('"errors"')) return;
        graphqlErrors += 1;
        if (firstErrors.length < 5) firstErrors.push(`${ex.title}: ${status} ${body.slice(0, 200)}`);
      },
    }));
    process.stderr.write(`load: ${reads.length} example queries, ${connections} connections, ${duration} s against ${url}\n`);
    const result = await autocannon({ url, connections, duration, requests, timeout: 10 });
    const failed = result.errors + result.timeouts + result.non2xx;
    console.log(`requests      ${result.requests.total} (${reads.length} different queries, ${connections} connections, ${duration} s)`);
    console.log(`errors        ${failed} (socket errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}); responses with GraphQL errors ${graphqlErrors}`);
    console.log(`latency       p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`throughput    ${result.requests.average.toFixed(1)} req/s (average)`);
    for (const e of firstErrors) console.log(`  error: ${e}`);
  } finally {
    await close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
