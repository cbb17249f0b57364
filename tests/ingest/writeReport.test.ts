import { applySchema } from '../../src/db/applySchema';
import type { Database } from '../../src/db/Database';
import { fetchCandidates } from '../../src/ingest/fetchCandidates';
import { warmUpIngest } from '../../src/ingest/warmUpIngest';
import { writeReport } from '../../src/ingest/writeReport';
import { lookupKeys } from '../../src/resolve/lookupKeys';
import { resolveEntities } from '../../src/resolve/resolveEntities';
import type { Extraction } from '../../src/extract/types';
import { countAround, deleteArticles, uniqueWord } from '../helpers/graphHelpers';
import { sampleExtraction } from '../helpers/sampleExtraction';
import { describeDb, openTestDb } from '../setup/testDb';

describeDb('writeReport: the sample report in the graph', () => {
  let db: Database;
  const marker = uniqueWord();
  const x: Extraction = sampleExtraction(marker);
  let articleId = '';

  const resolveAndWrite = async (e: Extraction) => writeReport(db, resolveEntities(e, await fetchCandidates(db, lookupKeys([e]))));

  beforeAll(async () => {
    db = openTestDb();
    await applySchema(db);
    await warmUpIngest(db);
    const result = await resolveAndWrite(x);
    expect(result.status).toBe('created');
    articleId = result.articleId;
  });
  afterAll(async () => {
    await deleteArticles(db, [articleId]);
    await db.close();
  });

  const q = <T>(text: string, params: Record<string, unknown> = {}) => db.read<T>({ name: 'test/q', text }, { id: articleId, ...params });

  it('writes the article with its source, date and sentences', async () => {
    const [a] = await q<{ title: string; date: string; source: string; sentences: number; hash: string }>(
      `MATCH (a:Article {id: $id})-[:PUBLISHED_BY]->(s:Source)
       RETURN a.title AS title, toString(a.publishedAt) AS date, s.name AS source, COUNT { (a)-[:HAS_SENTENCE]->() } AS sentences, a.contentHash AS hash`,
    );
    expect(a).toEqual({ title: x.report.title, date: '2018-02-26', source: 'Trend', sentences: x.sentences.length, hash: x.report.contentHash });
  });

  it('writes the people, organisations, places and events the report mentions, each labelled by type', async () => {
    const rows = await q<{ type: string; name: string }>(
      `MATCH (a:Article {id: $id})-[:HAS_SENTENCE]->()-[:MENTIONS]->(e:Entity)
       RETURN DISTINCT [l IN labels(e) WHERE l <> 'Entity'][0] AS type, e.name AS name`,
    );
    const names = (t: string) => rows.filter((r) => r.type === t).map((r) => r.name).sort();
    expect(names('Person')).toEqual(['Heydar Aliyev', 'Leyla Aliyeva', 'Seymur Nasirov', 'Tural Rzayev']);
    expect(names('Organization')).toEqual(expect.arrayContaining(['Embassy of Azerbaijan', 'Heydar Aliyev Foundation', 'UN Security Council', '366th infantry regiment']));
    expect(names('Place')).toEqual(expect.arrayContaining(['Cairo', 'Egypt', 'Khojaly', 'Khankendi', 'Nagorno-Karabakh']));
    expect(names('Event')).toEqual(expect.arrayContaining(['Khojaly genocide', 'Justice for Khojaly', '1994 ceasefire agreement']));
  });

  it('writes roles as HOLDS_ROLE claims with the title and the evidence sentence', async () => {
    const rows = await q<{ person: string; title: string; org: string; evidence: string }>(
      `MATCH (a:Article {id: $id})-[:HAS_SENTENCE]->(s)<-[:STATED_IN]-(c:Claim {predicate: 'HOLDS_ROLE'})
       MATCH (c)-[:SUBJECT]->(p:Person), (c)-[:OBJECT]->(o:Organization)
       RETURN p.name AS person, c.qualifier AS title, o.name AS org, s.text AS evidence ORDER BY person`,
    );
    expect(rows.map((r) => [r.person, r.title, r.org])).toEqual([
      ['Leyla Aliyeva', 'Vice-President', 'Heydar Aliyev Foundation'],
      ['Tural Rzayev', 'Ambassador', 'Embassy of Azerbaijan'],
    ]);
    expect(rows[1]?.evidence).toMatch(/^Addressing the event, Ambassador Tural Rzayev spoke/);
  });

  it('writes reported figures, event dates and labels as claims about the event', async () => {
    const figures = await q<{ value: number; counts: string; qualifier: string | null; event: string }>(
      `MATCH (a:Article {id: $id})-[:HAS_SENTENCE]->()<-[:STATED_IN]-(c:Claim {predicate: 'REPORTED_FIGURE'})-[:SUBJECT]->(e:Event)
       RETURN c.value AS value, c.counts AS counts, c.qualifier AS qualifier, e.name AS event ORDER BY value`,
    );
    expect(figures).toEqual([
      { value: 63, counts: 'children killed', qualifier: null, event: 'Khojaly genocide' },
      { value: 613, counts: 'people killed', qualifier: 'as many as', event: 'Khojaly genocide' },
      { value: 1275, counts: 'residents taken hostage', qualifier: 'some', event: 'Khojaly genocide' },
    ]);
    const [when] = await q<{ start: string; end: string; precision: string; text: string }>(
      `MATCH (a:Article {id: $id})-[:HAS_SENTENCE]->()<-[:STATED_IN]-(c:Claim {predicate: 'HAPPENED_ON'})-[:SUBJECT]->(:Event {name: 'Khojaly genocide'})
       RETURN toString(c.start) AS start, toString(c.end) AS end, c.precision AS precision, c.text AS text`,
    );
    expect(when).toEqual({ start: '1992-02-25', end: '1992-02-26', precision: 'day', text: 'Feb. 25-26, 1992' });
    const labels = await q<{ text: string }>(
      `MATCH (a:Article {id: $id})-[:HAS_SENTENCE]->()<-[:STATED_IN]-(c:Claim {predicate: 'NAMED_AS'})-[:SUBJECT]->(:Event {name: 'Khojaly genocide'})
       RETURN c.text AS text ORDER BY text`,
    );
    expect(labels.map((l) => l.text)).toEqual(['Khojaly genocide', 'massacre']);
  });

  it('links places to their country from the gazetteer', async () => {
    const rows = await q<{ place: string; country: string }>(
      // Only the places this report mentions: other suites may hold places with the same gazetteer ids.
      `MATCH (:Article {id: $id})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(p:Place)-[:WITHIN {source: 'gazetteer'}]->(c:Place)
       WHERE p.gazetteerId IN ['360630', '586523'] RETURN DISTINCT p.name AS place, c.name AS country ORDER BY place`,
    );
    expect(rows).toEqual([
      { place: 'Cairo', country: 'Egypt' },
      { place: 'Khojaly', country: 'Azerbaijan' },
    ]);
  });

  it('ingesting the same report again changes nothing', async () => {
    const before = await countAround(db, [articleId]);
    expect(before.nodes).toBeGreaterThan(40);
    const again = await resolveAndWrite(sampleExtraction(marker));
    expect(again).toEqual({ status: 'unchanged', articleId });
    expect(await countAround(db, [articleId])).toEqual(before);
  });
});
