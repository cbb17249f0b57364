/**
 * PROFILEs every ingest query against a local Neo4j (default: the bench one, NEO4J_LOCAL_PORT=7690,
 * NEO4J_LOCAL_DATA=.neo4j-local/bench; best run after `npm run bench:ingest` so the graph holds data).
 * Takes PROFILE_BATCH (16) synthetic reports (seed PROFILE_SEED), runs the candidate lookup, resolves
 * them, then runs every write query in one transaction that is rolled back (nothing is committed).
 * Prints each plan's operators with rows and db hits, and flags label scans, all-node scans,
 * cartesian products and eager operators.
 *
 *   tsc -p tsconfig.bench.json && node dist/bench/profileIngest.js
 */
import neo4j from 'neo4j-driver';
import { openGraph } from '../src/bootstrap/openGraph';
import { cypherFile } from '../src/db/cypherFile';
import { toNative } from '../src/db/toNative';
import { extractReport } from '../src/extract/extractReport';
import { candidatesFromResolved } from '../src/resolve/candidatesFromResolved';
import { lookupKeys } from '../src/resolve/lookupKeys';
import { resolveEntities } from '../src/resolve/resolveEntities';
import type { CandidateEntity, ResolvedReport } from '../src/resolve/ResolvedReport';
import { knownEntities, writeParams } from '../src/ingest/writeResolvedBatch';
import { ingestBenchConfig } from './ingestBenchConfig';
import { syntheticReports } from './syntheticReports';

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

const BAD = /NodeByLabelScan|AllNodesScan|CartesianProduct|^Eager/;

function show(plan: PlanNode, depth = 0, out: string[] = []): string[] {
  const details = String(plan.arguments['Details'] ?? '').replace(/\s+/g, ' ').slice(0, 110);
  const flag = BAD.test(plan.operatorType) ? '  <-- CHECK' : '';
  out.push(`${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} hits=${plan.dbHits} ${details}${flag}`);
  for (const c of plan.children) show(c, depth + 1, out);
  return out;
}

const total = (p: PlanNode): number => p.dbHits + p.children.reduce((s, c) => s + total(c), 0);

async function main(): Promise<void> {
  const n = Number(process.env['PROFILE_BATCH'] ?? 16);
  const seed = Number(process.env['PROFILE_SEED'] ?? 777);
  const config = ingestBenchConfig(60000);
  const graph = await openGraph(config, (l) => process.stderr.write(`profile: ${l}\n`));
  const uri = graph.local?.uri ?? (config.neo4j.kind === 'remote' ? config.neo4j.uri : '');
  const driver = neo4j.driver(uri, neo4j.auth.basic(config.neo4j.kind === 'remote' ? config.neo4j.user : 'neo4j', config.neo4j.kind === 'remote' ? config.neo4j.password : ''));
  const session = driver.session({ database: config.neo4j.database });
  try {
    const extractions = syntheticReports(n, seed).map((r) => extractReport(r));
    const profile = async (name: string, params: Record<string, unknown>, run: (q: string, p: Record<string, unknown>) => Promise<{ records: Array<{ toObject(): unknown }>; summary: { profile: unknown } }>): Promise<unknown[]> => {
      const t = performance.now();
      const res = await run(`PROFILE ${cypherFile(name).text}`, params);
      const ms = performance.now() - t;
      const plan = res.summary.profile as PlanNode;
      process.stdout.write(`\n=== ${name}: ${ms.toFixed(0)} ms, ${total(plan)} db hits, ${res.records.length} rows\n${show(plan).join('\n')}\n`);
      return res.records.map((r) => toNative(r.toObject()));
    };
    const read = (q: string, p: Record<string, unknown>) => session.executeRead((tx) => tx.run(q, p));

    const ids = extractions.map((x) => x.report);
    await profile('ingest/existingArticles', { ids: ids.map((r) => r.url ?? r.contentHash), contentHashes: ids.map((r) => r.contentHash) }, read);
    const rows = (await profile('ingest/findCandidates', { ...lookupKeys(extractions) }, read)) as Array<CandidateEntity & { type: string | null }>;
    const candidates = rows.filter((r) => r.type !== null).map((r) => ({ ...r, gazetteerId: r.gazetteerId ?? undefined })) as CandidateEntity[];
    const resolved: ResolvedReport[] = [];
    for (const x of extractions) resolved.push(resolveEntities(x, [...candidates, ...candidatesFromResolved(resolved)]));

    // Twice: the first run includes planning; the second shows the steady state.
    for (let round = 1; round <= 2; round += 1) {
      process.stdout.write(`\n##### write round ${round} (rolled back)\n`);
      const tx = session.beginTransaction();
      try {
        const run = (q: string, p: Record<string, unknown>) => tx.run(q, p);
        for (const [name, p] of writeParams(resolved, knownEntities(candidates))) await profile(`ingest/${name}`, p, run);
      } finally {
        await tx.rollback();
      }
    }
    await profile('ingest/findCandidates', { ...lookupKeys(extractions) }, read);
  } finally {
    await session.close();
    await driver.close();
    await graph.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`profile: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
