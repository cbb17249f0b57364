import { applySchema } from '../../src/db/applySchema';
import type { Database } from '../../src/db/Database';
import { ingestReports } from '../../src/ingest/ingestReports';
import { warmUpIngest } from '../../src/ingest/warmUpIngest';
import { countAround, deleteArticles, uniqueWord } from '../helpers/graphHelpers';
import { sampleText } from '../helpers/sampleExtraction';
import { describeDb, openTestDb } from '../setup/testDb';

describeDb('ingestReports with the real extraction stage: the sample report', () => {
  let db: Database;
  const ids: string[] = [];
  beforeAll(async () => {
    db = openTestDb();
    await applySchema(db);
    await warmUpIngest(db);
  });
  afterAll(async () => {
    await deleteArticles(db, ids);
    await db.close();
  });

  it('puts its people, organisations, places, events, roles, figures and evidence in the graph, once', async () => {
    const report = { text: sampleText(uniqueWord()), source: 'Trend', publishedAt: '2018-02-26', origin: 'sample' };
    const [out] = await ingestReports(db, [report]);
    expect({ status: out?.status, reason: out?.reason }).toEqual({ status: 'created', reason: undefined });
    const id = out?.articleId as string;
    ids.push(id);
    const q = <T>(text: string) => db.read<T>({ name: 'test/q', text }, { id });
    const entities = await q<{ type: string; name: string }>(
      `MATCH (:Article {id: $id})-[:HAS_SENTENCE]->()-[:MENTIONS]->(e:Entity) RETURN DISTINCT [l IN labels(e) WHERE l <> 'Entity'][0] AS type, e.name AS name`,
    );
    const of = (t: string) => entities.filter((e) => e.type === t).map((e) => e.name);
    expect(of('Person')).toEqual(expect.arrayContaining(['Tural Rzayev', 'Seymur Nasirov', 'Leyla Aliyeva']));
    expect(of('Organization')).toEqual(expect.arrayContaining(['Embassy of Azerbaijan', 'Heydar Aliyev Foundation']));
    expect(of('Place')).toEqual(expect.arrayContaining(['Egypt', 'Cairo', 'Azerbaijan']));
    expect(of('Event').length).toBeGreaterThan(0);
    const claims = await q<{ predicate: string; value: number | null; evidence: string }>(
      `MATCH (:Article {id: $id})-[:HAS_SENTENCE]->(s)<-[:STATED_IN]-(c:Claim) RETURN c.predicate AS predicate, c.value AS value, s.text AS evidence`,
    );
    const predicates = new Set(claims.map((c) => c.predicate));
    for (const p of ['HOLDS_ROLE', 'REPORTED_FIGURE', 'NAMED_AS']) expect(predicates).toContain(p);
    const figure = claims.find((c) => c.predicate === 'REPORTED_FIGURE' && c.value === 613);
    expect(figure?.evidence).toMatch(/^As many as 613 people/);
    const before = await countAround(db, [id]);
    const [again] = await ingestReports(db, [report]);
    expect(again).toMatchObject({ status: 'unchanged', articleId: id });
    expect(await countAround(db, [id])).toEqual(before);
  });
});
