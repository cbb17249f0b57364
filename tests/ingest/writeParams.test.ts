import { WRITE_QUERIES, writeParams } from '../../src/ingest/writeResolvedBatch';

// Pure: no database.
describe('writeParams', () => {
  it('gives one step per write query, in the order WRITE_QUERIES lists them (the warm-up plans each of them)', () => {
    expect(writeParams([]).map(([name]) => name)).toEqual([...WRITE_QUERIES]);
  });
});
