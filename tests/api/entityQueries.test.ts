import { describeDb } from '../setup/testDb';
import { useSeededApi } from './apiHarness';

const PREFIX = 'tapi-entity';

describeDb('API: entities, reports and search on the fixture graph', () => {
  const fixture = useSeededApi(PREFIX);
  beforeEach(() => {
    fixture.api.queries.length = 0;
  });

  it('answers a person with roles and evidence in one query', async () => {
    const body = await fixture.api.gql<{ entity: Record<string, any> }>(
      `query($id: ID!) { entity(id: $id) { __typename id name type mentionCount reportCount
         aliases { text mentionCount reports { id } }
         ... on Person { roles { title firstReported organization { name } reports { id publishedAt source { name } } claims { predicate sentence { text } report { title } } } }
         reports(first: 5) { id title } } }`,
      { id: fixture.ids.entity('tural') },
    );
    expect(body.errors).toBeUndefined();
    const p = body.data!.entity;
    expect(p).toMatchObject({ __typename: 'Person', name: 'Tural Rzayev', type: 'Person', mentionCount: 3, reportCount: 3 });
    expect(p.aliases).toEqual(
      expect.arrayContaining([
        { text: 'Tural Rzayev', mentionCount: 2, reports: [{ id: fixture.ids.article('a3') }, { id: fixture.ids.article('a1') }] },
        { text: 'Rzayev', mentionCount: 1, reports: [{ id: fixture.ids.article('a2') }] },
      ]),
    );
    const ambassador = p.roles.find((r: any) => r.title === 'Ambassador');
    expect(ambassador).toMatchObject({ firstReported: '2018-02-26', organization: { name: 'Embassy of Azerbaijan' } });
    expect(ambassador.reports.map((r: any) => r.source.name)).toEqual(['Trend', 'AzerNews']);
    expect(ambassador.claims).toHaveLength(2);
    expect(ambassador.claims[0].sentence.text).toMatch(/Ambassador/);
    const envoy = p.roles.find((r: any) => r.title === 'envoy');
    expect(envoy).toMatchObject({ organization: null, firstReported: '2020-02-26' });
    expect(p.reports.map((r: any) => r.id)).toEqual([fixture.ids.article('a3'), fixture.ids.article('a2'), fixture.ids.article('a1')]);
    expect(fixture.api.queries).toEqual(['api/query/entity']);
  });

  it('keeps aliases of one field with different arguments apart', async () => {
    const body = await fixture.api.gql<{ entity: { one: unknown[]; all: unknown[] } }>(`query($id: ID!) { entity(id: $id) { one: reports(first: 1) { id } all: reports(first: 10) { id } } }`, { id: fixture.ids.entity('genocide') });
    expect(body.errors).toBeUndefined();
    expect(body.data!.entity.one).toHaveLength(1);
    expect(body.data!.entity.all).toHaveLength(3);
  });

  it('answers a report with its source, sentences, entities by type and related reports', async () => {
    const body = await fixture.api.gql<{ article: Record<string, any> }>(
      `query($id: ID!) { article(id: $id) { id title publishedAt url source { name articleCount }
         sentences { index text mentions { text entity { id name } } }
         people: entities(types: [Person]) { mentionCount forms entity { name ... on Person { roles { title } } } }
         places: entities(types: [Place]) { entity { name ... on Place { country coordinates { latitude longitude } within { name } } } }
         relatedReports { sharedEntityCount article { id title } sharedEntities { name } } } }`,
      { id: fixture.ids.article('a1') },
    );
    expect(body.errors).toBeUndefined();
    const a = body.data!.article;
    expect(a).toMatchObject({ title: 'Khojaly genocide commemorated in Cairo', publishedAt: '2018-02-26', source: { name: 'Trend', articleCount: 1 } });
    expect(a.sentences).toHaveLength(5);
    expect(a.sentences[2].mentions).toEqual([{ text: 'Tural Rzayev', entity: { id: fixture.ids.entity('tural'), name: 'Tural Rzayev' } }]);
    expect(a.people.map((x: any) => x.entity.name).sort()).toEqual(['Leyla Aliyeva', 'Tural Rzayev']);
    const cairo = a.places.find((x: any) => x.entity.name === 'Cairo');
    expect(cairo.entity).toEqual({ name: 'Cairo', country: 'EG', coordinates: { latitude: 30.06263, longitude: 31.24967 }, within: { name: 'Egypt' } });
    // a2 shares Tural Rzayev, Cairo and the Khojaly genocide; a3 shares Tural Rzayev, Khojaly and the genocide: a tie, newest first.
    expect(a.relatedReports.map((r: any) => [r.article.id, r.sharedEntityCount])).toEqual([
      [fixture.ids.article('a3'), 3],
      [fixture.ids.article('a2'), 3],
    ]);
    expect(a.relatedReports[1].sharedEntities.map((e: any) => e.name)).toEqual(['Cairo', 'Khojaly genocide', 'Tural Rzayev']);
    expect(fixture.api.queries).toHaveLength(1);
  });

  it('finds a person by surname alone, by a prefix and despite a typo, best first', async () => {
    for (const text of ['Rzayev', 'Rzay', 'Rzayevv']) {
      const body = await fixture.api.gql<{ search: { totalCount: number; edges: { score: number; node: { id: string; name: string } }[] } }>(
        `query($text: String!) { search(text: $text, types: [Person]) { totalCount edges { score node { id name } } } }`,
        { text },
      );
      expect(body.errors).toBeUndefined();
      const hit = body.data!.search.edges.find((e) => e.node.id === fixture.ids.entity('tural'));
      expect(hit).toBeDefined();
      expect(hit!.score).toBeGreaterThan(0);
    }
  });

  it('treats Lucene syntax in the search text as plain words', async () => {
    const body = await fixture.api.gql<{ search: { edges: { node: { name: string } }[] } }>(`{ search(text: "Aliyeva) OR name:* AND \\"[") { edges { node { name } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.search.edges.map((e) => e.node.name)).toContain('Leyla Aliyeva');
  });

  it('returns null for an unknown id and runs one query per root field', async () => {
    const body = await fixture.api.gql<{ a: unknown; b: { id: string } | null }>(`query($id: ID!) { a: entity(id: "person:nobody") { id } b: node(id: $id) { id ... on Claim { predicate } } }`, { id: `claim:${PREFIX}-0` });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ a: null, b: { id: `claim:${PREFIX}-0`, predicate: 'HOLDS_ROLE' } });
    expect(fixture.api.queries).toHaveLength(2);
  });
});
