import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/projectRoot';
import type { Database } from '../db/Database';
import { cypherFile } from '../db/cypherFile';
import { ingestFiles } from './ingestFiles';
import type { IngestOptions } from './ingestReports';

/** The sample reports shipped in data/sample/ (the .txt files). */
export function sampleFiles(): string[] {
  const dir = path.join(projectRoot(), 'data', 'sample');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Loads the sample corpus through the regular ingest path (parse → extract → resolve → write) when
 * the graph holds no Article yet; returns how many reports were created. Failures are logged.
 */
export async function loadSampleCorpus(db: Database, log: (line: string) => void, options: IngestOptions = {}): Promise<number> {
  const [row] = await db.read<{ n: number }>(cypherFile('ingest/countArticles'));
  if ((row?.n ?? 0) > 0) return 0;
  const outcomes = await ingestFiles(db, sampleFiles(), options);
  for (const o of outcomes) if (o.status === 'failed') log(`sample ${o.origin}: ${o.reason ?? 'failed'}`);
  return outcomes.filter((o) => o.status === 'created').length;
}
