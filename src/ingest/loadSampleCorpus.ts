import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/projectRoot';
import type { Database } from '../db/Database';
import { cypherFile } from '../db/cypherFile';

/** The sample reports shipped in data/sample/ (the .txt files). */
export function sampleFiles(): string[] {
  const dir = path.join(projectRoot(), 'data', 'sample');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Loads the sample corpus when the graph holds no report yet; returns how many reports were loaded. */
export async function loadSampleCorpus(db: Database, _log: (line: string) => void): Promise<number> {
  const [row] = await db.read<{ n: number }>(cypherFile('ingest/countArticles'));
  if ((row?.n ?? 0) > 0) return 0;
  const files = sampleFiles();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const contentHash = crypto.createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
    await db.write(cypherFile('ingest/mergeArticleMinimal'), { id: `article:${contentHash.slice(0, 24)}`, contentHash, title: path.basename(file, '.txt'), text });
  }
  return files.length;
}
