import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractReport } from '../../src/extract/extractReport';
import { formatScore, scoreExtraction, type GoldFile } from './goldEval';
import { readTextReport } from './reportFixture';

const SAMPLE = join(__dirname, '../../data/sample/trend-2018-02-26-khojaly-cairo');

describe('Extract quality: the sample report', () => {
  const report = readTextReport(`${SAMPLE}.txt`);
  const gold = JSON.parse(readFileSync(`${SAMPLE}.gold.json`, 'utf8')) as GoldFile;
  const score = scoreExtraction(extractReport(report), gold);

  it('prints the figures', () => {
    console.log(formatScore('sample', score));
    expect(score.entities.tp + score.entities.fn).toBeGreaterThan(0);
  });

  it('finds at least 90% of the gold entities', () => {
    expect(score.entities.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps entity precision at 85% or more', () => {
    expect(score.entities.precision).toBeGreaterThanOrEqual(0.85);
  });

  it('finds at least 75% of the gold relations', () => {
    expect(score.relations.recall).toBeGreaterThanOrEqual(0.75);
  });
});
