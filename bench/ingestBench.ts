/**
 * Ingest benchmark: generates ~1,000 synthetic ~3 KB reports and ingests them into a dedicated local
 * Neo4j (NEO4J_LOCAL_PORT=7690, NEO4J_LOCAL_DATA=.neo4j-local/bench unless set), printing reports per
 * second for: extraction alone, the full path (extract → resolve → write), and resolve → write of
 * pre-extracted reports. Settings: BENCH_REPORTS (1000), BENCH_CONCURRENCY (2), BENCH_BATCH (32),
 * BENCH_WORKERS (extraction worker threads for the end-to-end run, 0), BENCH_SEED (time-based: every
 * run writes new reports).
 */
import { openGraph } from '../src/bootstrap/openGraph';
import { extractReport } from '../src/extract/extractReport';
import type { Extraction, Report } from '../src/extract/types';
import { ingestReports } from '../src/ingest/ingestReports';
import { summarizeOutcomes } from '../src/ingest/summarizeOutcomes';
import { warmUpIngest } from '../src/ingest/warmUpIngest';
import { ingestBenchConfig } from './ingestBenchConfig';
import { syntheticReports } from './syntheticReports';

const env = (name: string, fallback: number): number => {
  const v = process.env[name];
  return v === undefined || v === '' ? fallback : Number(v);
};

async function main(): Promise<void> {
  const count = env('BENCH_REPORTS', 1000);
  const concurrency = env('BENCH_CONCURRENCY', 2);
  const batchSize = env('BENCH_BATCH', 32);
  const workers = env('BENCH_WORKERS', 0);
  const seed = env('BENCH_SEED', Date.now() % 1_000_000);
  const say = (l: string): void => {
    process.stderr.write(`bench: ${l}\n`);
  };
  const config = ingestBenchConfig(30000);

  // Corpora from different seeds: one for the full path, one for write-only (and one to warm up).
  const full = syntheticReports(count, seed);
  const pre = syntheticReports(count, seed + 1);
  const bytes = full.reduce((s, r) => s + r.text.length, 0) / full.length;
  say(`${count} reports, ${Math.round(bytes)} characters on average, seed ${seed}`);

  let t = performance.now();
  const extracted = new Map<string, Extraction>();
  for (const r of pre) extracted.set(r.origin, extractReport(r));
  const extractSeconds = (performance.now() - t) / 1000;
  say(`extraction alone: ${(count / extractSeconds).toFixed(1)} reports/s (${((extractSeconds * 1000) / count).toFixed(1)} ms/report, one thread)`);

  const graph = await openGraph(config, say);
  try {
    await warmUpIngest(graph.db);
    // Time spent in each named query (summed over concurrent transactions), printed after each run.
    const spent = new Map<string, { ms: number; n: number }>();
    graph.db.onQuery(({ name, ms }) => {
      const s = spent.get(name) ?? { ms: 0, n: 0 };
      s.ms += ms;
      s.n += 1;
      spent.set(name, s);
    });
    const run = async (label: string, reports: Report[], extract?: (r: Report) => Extraction): Promise<void> => {
      t = performance.now();
      const outcomes = await ingestReports(graph.db, reports, { concurrency, batchSize, workers, ...(extract !== undefined ? { extract } : {}) });
      const seconds = (performance.now() - t) / 1000;
      const s = summarizeOutcomes(outcomes);
      say(
        `${label}: ${(reports.length / seconds).toFixed(1)} reports/s (${seconds.toFixed(1)} s; created ${s.created}, unchanged ${s.unchanged}, failed ${s.failed}; ` +
          `${s.entitiesCreated} new entities, ${s.entitiesMerged} merged, ${s.claims} claims; concurrency ${concurrency}, batch ${batchSize}` +
          `${extract === undefined && workers > 0 ? `, ${workers} extraction worker${workers > 1 ? 's' : ''}` : ''})`,
      );
      for (const f of s.failures.slice(0, 5)) say(`  failed ${f.origin}: ${f.reason}`);
      say(`  query time: ${[...spent].map(([n, v]) => `${n} ${(v.ms / 1000).toFixed(1)} s/${v.n}`).join(', ')}`);
      spent.clear();
    };
    // A warm-up run first (its own reports): a just-started Neo4j compiles and caches as it goes,
    // and the figures should be those of a server that has been running.
    const warm = syntheticReports(Math.max(50, Math.round(count / 5)), seed + 2);
    await run('warm-up (not a result)', warm);
    await run('end-to-end (extract → resolve → write)', full);
    await run('resolve → write (pre-extracted)', pre, (r) => extracted.get(r.origin) as Extraction);
    await run('again, all unchanged', full);
  } finally {
    await graph.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
