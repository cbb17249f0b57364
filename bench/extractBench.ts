/**
 * Extraction throughput: runs `extractReport` over about 3 MB of varied report text and prints MB/s.
 *
 *   npx ts-node --transpile-only bench/extractBench.ts [megabytes]
 *
 * The text is the sample report and every fixture report (read with the parse stage), repeated in
 * turn until the size is reached. Three runs: one report per source text (the normal case) and the
 * whole text as one large report (checks that nothing grows faster than linearly), then the reports
 * again with the engine warm (steady state). The gazetteers are loaded before timing starts; their
 * load time is printed separately.
 *
 * Throughput is given per second of CPU time of this process (user + system), which is what "one
 * core" means on a shared machine, and per second of wall-clock time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cityGazetteer } from '../src/extract/cityGazetteer';
import { countryGazetteer } from '../src/extract/countryGazetteer';
import { extractReport } from '../src/extract/extractReport';
import type { Report } from '../src/extract/types';
import { parseFile } from '../src/parse';

async function sourceReports(): Promise<Report[]> {
  const root = join(__dirname, '..');
  const reports: Report[] = [];
  const sample = readFileSync(join(root, 'data/sample/trend-2018-02-26-khojaly-cairo.txt'), 'utf8');
  const body = sample.split('\n').slice(1).join('\n').replace(/\n-{3,}\s*$/, '').trim();
  reports.push({ text: body, source: 'Trend', publishedAt: '2018-02-26', origin: 'sample' });
  const dir = join(root, 'tests/fixtures/reports');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => !f.endsWith('.gold.json'));
  } catch {
    files = [];
  }
  for (const f of files) {
    const parsed = await parseFile(join(dir, f));
    reports.push(...parsed.reports);
  }
  return reports;
}

function mb(n: number): string {
  return (n / 1e6).toFixed(2);
}

/** Runs f and returns [wall seconds, CPU seconds]. */
function timed(f: () => void): [number, number] {
  const w = process.hrtime.bigint();
  const c = process.cpuUsage();
  f();
  const cpu = process.cpuUsage(c);
  return [Number(process.hrtime.bigint() - w) / 1e9, (cpu.user + cpu.system) / 1e6];
}

function rate(bytes: number, [wall, cpu]: [number, number]): string {
  return `${(bytes / 1e6 / cpu).toFixed(2)} MB/s CPU (${cpu.toFixed(2)} s), ${(bytes / 1e6 / wall).toFixed(2)} MB/s wall (${wall.toFixed(2)} s)`;
}

async function main(): Promise<void> {
  const target = Number(process.argv[2] ?? '3') * 1e6;
  const sources = await sourceReports();
  const t0 = process.hrtime.bigint();
  cityGazetteer();
  countryGazetteer();
  extractReport({ text: 'Warm-up in Lima on Monday, 3 May 2001.', origin: 'warm-up', publishedAt: '2001-05-04' });
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;

  const batch: Report[] = [];
  let size = 0;
  for (let i = 0; size < target; i += 1) {
    const r = sources[i % sources.length] as Report;
    batch.push({ ...r, origin: `${r.origin}#${i}` });
    size += Buffer.byteLength(r.text, 'utf8');
  }
  let entities = 0;
  const t1 = timed(() => {
    for (const r of batch) entities += extractReport(r, { omitText: true }).entities.length;
  });

  const big: Report = { text: batch.map((r) => r.text).join('\n\n'), origin: 'big', publishedAt: '2019-02-26', source: 'Bench' };
  const bigSize = Buffer.byteLength(big.text, 'utf8');
  let bigEntities = 0;
  const t2 = timed(() => {
    bigEntities = extractReport(big, { omitText: true }).entities.length;
  });

  // The same reports once more: the JavaScript engine has compiled the extraction code by now, as it
  // has during any ingest longer than a few seconds. Printed apart from the first (cold) pass.
  const t3 = timed(() => {
    for (const r of batch) extractReport(r, { omitText: true });
  });

  console.log(`gazetteer load + warm-up: ${loadMs.toFixed(0)} ms (once per process)`);
  console.log(`${batch.length} reports, ${mb(size)} MB, first pass (engine cold): ${rate(size, t1)}; ${entities} entities`);
  console.log(`one report of ${mb(bigSize)} MB: ${rate(bigSize, t2)}; ${bigEntities} entities`);
  console.log(`${batch.length} reports again (engine warm, the steady state of a long ingest): ${rate(size, t3)}`);
  console.log(`load average now: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} cores`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
