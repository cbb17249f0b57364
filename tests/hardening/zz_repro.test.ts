import { describeDb, openTestDb, testConfig } from '../setup/testDb';
import { capturingLogger, gql, listen } from './harness';
describeDb('repro', () => {
  it('search with a long term', async () => {
    const db = openTestDb();
    const { logger, lines } = capturingLogger();
    const s = await listen(testConfig(), db, logger);
    for (const q of [`{ search(text: "${'x'.repeat(5000)}") { totalCount } }`, '{ cooccurring(entity: "\\\\\\"", type: Place, first: 11) { sentenceCount } }']) {
      const r = await gql(s.base, q);
      process.stdout.write(`${r.status} ${r.text.slice(0, 300)}\n`);
    }
    process.stdout.write(lines.filter((l) => l.includes('internal')).map((l) => l.slice(0, 600)).join('\n') + '\n');
    await s.stop(); await db.close();
  });
});
