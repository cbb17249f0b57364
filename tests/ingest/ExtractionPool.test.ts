import { extractReport } from '../../src/extract/extractReport';
import type { Report } from '../../src/extract/types';
import { ExtractionPool } from '../../src/ingest/ExtractionPool';

// Pure: no database. The workers load the gazetteers themselves, hence the long time-out.
describe('ExtractionPool', () => {
  const reports: Report[] = [
    { text: 'The mayor of Lyon, Anne Durand, opened a bridge in Lyon on 3 May 2020. As many as 200 people attended the opening.', origin: 'a', publishedAt: '2020-05-04', source: 'Test Wire' },
    { text: 'Two ministers met in Madrid on Tuesday.', origin: 'b', publishedAt: '2021-03-10' },
  ];
  let pool: ExtractionPool;
  beforeAll(() => {
    pool = new ExtractionPool(2);
  });
  afterAll(async () => {
    await pool.close();
  });

  it('gives the same extraction as the main thread, for each report', async () => {
    const got = await Promise.all(reports.map((r) => pool.extract(r)));
    expect(got).toEqual(reports.map((r) => extractReport(r)));
    expect(got[0]?.entities.length).toBeGreaterThan(0);
  }, 120000);

  it('rejects the task whose report cannot be extracted, with its reason, and goes on with the others', async () => {
    const broken = { text: null, origin: 'broken' } as unknown as Report;
    const results = await Promise.allSettled([pool.extract(reports[1] as Report), pool.extract(broken), pool.extract(reports[0] as Report)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/TypeError: .*null/);
  }, 120000);

  it('refuses work once closed', async () => {
    const p = new ExtractionPool(1);
    await p.close();
    await expect(p.extract(reports[0] as Report)).rejects.toThrow(/closed/);
  });
});
