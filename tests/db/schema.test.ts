import { applySchema } from '../../src/db/applySchema';
import { cypherFile, listCypherFiles } from '../../src/db/cypherFile';
import type { Database } from '../../src/db/Database';
import { describeDb, openTestDb } from '../setup/testDb';

describeDb('Database: schema on the real Neo4j', () => {
  let db: Database;
  beforeAll(() => {
    db = openTestDb();
  });
  afterAll(() => db.close());

  it('applies every constraint and index, and applying again changes nothing', async () => {
    const n = await applySchema(db);
    expect(n).toBe(listCypherFiles().filter((f) => f.startsWith('schema/')).length);
    const count = async (): Promise<number> => {
      const rows = await db.read<{ n: number }>({ name: 'test/countSchema', text: 'SHOW INDEXES YIELD name RETURN count(*) AS n' });
      return rows[0]?.n ?? 0;
    };
    const before = await count();
    await applySchema(db);
    expect(await count()).toBe(before);
    const names = await db.read<{ name: string }>({ name: 'test/constraints', text: 'SHOW CONSTRAINTS YIELD name RETURN name' });
    expect(names.map((r) => r.name)).toEqual(expect.arrayContaining(['article_id', 'claim_id', 'person_id', 'place_id', 'event_id', 'organization_id']));
  });

  it('runs queries with parameters and returns plain values', async () => {
    const rows = await db.read<{ x: number; s: string }>({ name: 'test/params', text: 'RETURN $x + 1 AS x, $s AS s' }, { x: 41, s: "'); DETACH DELETE n //" });
    expect(rows).toEqual([{ x: 42, s: "'); DETACH DELETE n //" }]);
  });

  it('plans every query file (EXPLAIN on the real database)', async () => {
    const names = listCypherFiles().filter((n) => !n.startsWith('schema/'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const q = cypherFile(name);
      await expect(db.write({ name: `explain/${name}`, text: `EXPLAIN ${q.text}` }, {})).resolves.toBeDefined();
    }
  });
});
