/**
 * API latency: p50 (and p95) of every documented example operation over HTTP, on the sample
 * corpus (ingested through src/ingest when missing), against NEO4J_URI or the local Neo4j.
 *
 *   npm run bench:api                 # 30 timed runs per example after 3 warm-up runs
 *   BENCH_RUNS=100 npm run bench:api
 */
import { exampleOperations } from '../src/api/exampleOperations';
import { serveSampleCorpus } from './serveSampleCorpus';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? '30');
  const { url, close } = await serveSampleCorpus();
  try {
    const run = async (query: string, variables: Record<string, unknown>): Promise<number> => {
      const t = performance.now();
      const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await r.json()) as { errors?: unknown[] };
      if (body.errors !== undefined) throw new Error(`example failed: ${JSON.stringify(body.errors)}`);
      return performance.now() - t;
    };
    console.log(`example operation`.padEnd(52) + 'p50 ms'.padStart(9) + 'p95 ms'.padStart(9) + `  (${runs} runs)`);
    for (const ex of exampleOperations()) {
      for (let i = 0; i < 3; i++) await run(ex.query, ex.variables);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await run(ex.query, ex.variables));
      times.sort((a, b) => a - b);
      console.log(ex.title.slice(0, 50).padEnd(52) + percentile(times, 50).toFixed(1).padStart(9) + percentile(times, 95).toFixed(1).padStart(9));
    }
  } finally {
    await close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
