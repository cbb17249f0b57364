/**
 * Scores the extraction of every report in a folder that has a gold file (`X.ext` + `X.gold.json`),
 * as tests/extract/corpusQuality.test.ts does for the fixture corpus, and prints one block per
 * report and the totals. Usage: npx ts-node --transpile-only tests/extract/scoreFolder.ts <folder> [-q]
 * [--strict] (-q: totals and per-report lines only, without the lists of misses; --strict: a gold
 * "located in" from general geography counts only when the extraction lists it, as every other relation).
 */
import { extractReport } from '../../src/extract/extractReport';
import { loadCorpus } from './corpus';
import { formatScore, scoreExtraction } from './goldEval';

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (dir === undefined) throw new Error('usage: scoreFolder.ts <folder> [-q] [--strict]');
  const quiet = process.argv.includes('-q');
  const strict = process.argv.includes('--strict');
  const items = await loadCorpus(dir);
  if (items.length === 0) throw new Error(`no report with a gold file in ${dir}`);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let found = 0;
  let total = 0;
  for (const item of items) {
    const s = scoreExtraction(extractReport(item.report), item.gold, { strict });
    const text = formatScore(item.name, s);
    console.log(quiet ? text.split('\n')[0] : text);
    tp += s.entities.tp;
    fp += s.entities.fp;
    fn += s.entities.fn;
    found += s.relations.found;
    total += s.relations.total;
  }
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  console.log(`OVERALL (${items.length} reports): entities P=${p.toFixed(3)} R=${r.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}); relations R=${total === 0 ? 'n/a' : (found / total).toFixed(3)} (${found}/${total})`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
