import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../../src/parse';
import type { Report } from '../../src/extract/types';
import type { GoldFile } from './goldEval';

/** A fixture report with its gold annotation. */
export interface CorpusItem {
  name: string;
  report: Report;
  gold: GoldFile;
}

export const CORPUS_DIR = join(__dirname, '../fixtures/reports');

/**
 * Loads every report under tests/fixtures/reports that has a gold file: `X.ext` with `X.gold.json`,
 * or a batch `X.jsonl` whose n-th report (0-based) has `X.n.gold.json`. Reports are read with the
 * parse stage, exactly as the CLI would read them.
 */
export async function loadCorpus(dir = CORPUS_DIR): Promise<CorpusItem[]> {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => !f.endsWith('.gold.json')).sort();
  const items: CorpusItem[] = [];
  for (const file of files) {
    const base = file.replace(/\.[^.]+$/, '');
    const parsed = await parseFile(join(dir, file));
    parsed.reports.forEach((report, n) => {
      const single = join(dir, `${base}.gold.json`);
      const numbered = join(dir, `${base}.${n}.gold.json`);
      const goldPath = existsSync(numbered) ? numbered : parsed.reports.length === 1 && existsSync(single) ? single : undefined;
      if (!goldPath) return;
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
      items.push({ name: goldPath.replace(/^.*\//, '').replace(/\.gold\.json$/, ''), report, gold });
    });
  }
  return items;
}
