import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/projectRoot';
import { sampleFiles } from '../ingest/loadSampleCorpus';

/** The corpus the API examples are written for: data/sample/*.txt plus the test reports (not their gold annotations or README). */
export function sampleCorpusFiles(root: string = projectRoot()): string[] {
  const dir = path.join(root, 'tests', 'fixtures', 'reports');
  const reports = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => !f.endsWith('.gold.json') && f !== 'README.md')
        .sort()
        .map((f) => path.join(dir, f))
    : [];
  return [...sampleFiles(), ...reports];
}
