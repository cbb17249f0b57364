import { describeDb } from '../setup/testDb';
import { useSeededApi } from './apiHarness';

const PREFIX = 'tapi-mutations';

const CURATION = `id action reason by at undone undoneBy undoReason alias entityIds result { id name aliases { text } mentionCount } entities { id }`;

describeDb('API: curation mutations (recorded, reversible, key required)', () => {
  const fixture = useSeededApi(PREFIX);

  const personQuery = `query($id: ID!) { entity(id: $id) { id name mentionCount aliases { text } claims { predicate } } }`;

  it('refuses mutations without the API key with UNAUTHENTICATED and changes nothing', async () => {
    const body = await fixture.api.gql(`mutation($ids: [ID!]!) { mergeEntities(ids: $ids, reason: "x") { id } }`, { ids: [fixture.ids.entity('tural'), fixture.ids.entity('leyla')] });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const p = await fixture.api.gql<{ entity: { mentionCount: number } }>(personQuery, { id: fixture.ids.entity('leyla') });
    expect(p.data!.entity.mentionCount).toBe(1);
  });

  it('merges two entities into one with who, when and why, and undoes it exactly', async () => {
    const before = await fixture.api.gql<{ entity: unknown }>(personQuery, { id: fixture.ids.entity('tural') });
    fixture.api.queries.length = 0;
    const merged = await fixture.api.gql<{ mergeEntities: any }>(
      `mutation($ids: [ID!]!) { mergeEntities(ids: $ids, reason: "same person per analyst review", analyst: "ana") { ${CURATION} } }`,
      { ids: [fixture.ids.entity('tural'), fixture.ids.entity('leyla')] },
      { auth: true },
    );
    expect(merged.errors).toBeUndefined();
    expect(fixture.api.queries).toEqual(['api/mutation/mergeEntities']);
    const cur = merged.data!.mergeEntities;
    expect(cur).toMatchObject({ action: 'MERGE_ENTITIES', reason: 'same person per analyst review', by: 'ana', undone: false, entityIds: [fixture.ids.entity('tural'), fixture.ids.entity('leyla')] });
    expect(cur.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(cur.result).toMatchObject({ id: fixture.ids.entity('tural'), mentionCount: 4 });
    expect(cur.result.aliases.map((a: any) => a.text)).toContain('Leyla Aliyeva');
    expect(cur.entities).toEqual([{ id: fixture.ids.entity('tural') }]);
    const gone = await fixture.api.gql<{ entity: unknown }>(personQuery, { id: fixture.ids.entity('leyla') });
    expect(gone.data!.entity).toBeNull();

    const undone = await fixture.api.gql<{ undoCuration: any }>(`mutation($id: ID!) { undoCuration(id: $id, reason: "wrong call", analyst: "bo") { ${CURATION} } }`, { id: cur.id }, { auth: true });
    expect(undone.errors).toBeUndefined();
    expect(undone.data!.undoCuration).toMatchObject({ undone: true, undoneBy: 'bo', undoReason: 'wrong call' });
    expect(await fixture.api.gql(personQuery, { id: fixture.ids.entity('tural') })).toEqual(before);
    const back = await fixture.api.gql<{ entity: { mentionCount: number; claims: unknown[] } }>(personQuery, { id: fixture.ids.entity('leyla') });
    expect(back.data!.entity.mentionCount).toBe(1);
    expect(back.data!.entity.claims).toHaveLength(2);
    const again = await fixture.api.gql(`mutation($id: ID!) { undoCuration(id: $id) { id } }`, { id: cur.id }, { auth: true });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses to merge entities of different types or unknown ids, writing nothing', async () => {
    const body = await fixture.api.gql(`mutation($ids: [ID!]!) { mergeEntities(ids: $ids, reason: "x") { id } }`, { ids: [fixture.ids.entity('tural'), fixture.ids.entity('cairo')] }, { auth: true });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await fixture.api.gql(`mutation($ids: [ID!]!) { mergeEntities(ids: $ids, reason: "x") { id } }`, { ids: [fixture.ids.entity('tural'), 'person:nobody'] }, { auth: true });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const cairo = await fixture.api.gql<{ entity: { mentionCount: number } }>(personQuery, { id: fixture.ids.entity('cairo') });
    expect(cairo.data!.entity.mentionCount).toBe(2);
  });

  it('splits an alias off into its own entity with the claims only it supports, and undoes it', async () => {
    const before = await fixture.api.gql(personQuery, { id: fixture.ids.entity('tural') });
    const split = await fixture.api.gql<{ splitAlias: any }>(
      `mutation($id: ID!) { splitAlias(entity: $id, alias: "Rzayev", reason: "a different Rzayev") { ${CURATION} } }`,
      { id: fixture.ids.entity('tural') },
      { auth: true },
    );
    expect(split.errors).toBeUndefined();
    const cur = split.data!.splitAlias;
    expect(cur).toMatchObject({ action: 'SPLIT_ALIAS', alias: 'Rzayev', by: 'api-key', result: { name: 'Rzayev', mentionCount: 1 } });
    const newId = cur.result.id as string;
    const fresh = await fixture.api.gql<{ entity: { claims: { predicate: string }[] } }>(personQuery, { id: newId });
    expect(fresh.data!.entity.claims.map((c) => c.predicate)).toEqual(['HOLDS_ROLE']);
    const rest = await fixture.api.gql<{ entity: { mentionCount: number; aliases: { text: string }[] } }>(personQuery, { id: fixture.ids.entity('tural') });
    expect(rest.data!.entity.mentionCount).toBe(2);
    expect(rest.data!.entity.aliases.map((a) => a.text)).toEqual(['Tural Rzayev']);

    const undone = await fixture.api.gql(`mutation($id: ID!) { undoCuration(id: $id) { undone result { id } } }`, { id: cur.id }, { auth: true });
    expect(undone).toEqual({ data: { undoCuration: { undone: true, result: null } } });
    expect(await fixture.api.gql(personQuery, { id: fixture.ids.entity('tural') })).toEqual(before);
    const node = await fixture.api.gql<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id ... on Curation { undone } } }`, { id: cur.id });
    expect(node.data!.node).toEqual({ id: cur.id, undone: true });
  });

  it('ingests reports through src/ingest: created, then unchanged, and a rejected one with its reason', async () => {
    const url = `https://example.org/${PREFIX}/ingest-1`;
    const report = {
      text: 'Ambassador Tural Rzayev spoke at a commemoration held in Cairo on 26 February 2018 by the Embassy of Azerbaijan.',
      title: 'Commemoration in Cairo',
      source: 'Test Wire',
      publishedAt: '2018-02-27',
      url,
    };
    const m = `mutation($input: [ReportInput!]!) { ingestReports(input: $input) { created unchanged rejected reports { index status articleId reason } } }`;
    try {
      const unauth = await fixture.api.gql(m, { input: [report] });
      expect(unauth.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const first = await fixture.api.gql<{ ingestReports: any }>(m, { input: [report, { text: '   ' }] }, { auth: true });
      expect(first.errors).toBeUndefined();
      const r = first.data!.ingestReports;
      expect(r).toMatchObject({ created: 1, unchanged: 0, rejected: 1 });
      expect(r.reports[0]).toMatchObject({ index: 0, status: 'CREATED', articleId: expect.stringMatching(/^article:/) });
      expect(r.reports[1]).toMatchObject({ index: 1, status: 'REJECTED', reason: expect.any(String) });
      const again = await fixture.api.gql<{ ingestReports: any }>(m, { input: [report] }, { auth: true });
      expect(again.data!.ingestReports.reports[0]).toMatchObject({ status: 'UNCHANGED', articleId: r.reports[0].articleId });
      const article = await fixture.api.gql<{ article: { title: string; source: { name: string } } }>(`query($id: ID!) { article(id: $id) { title source { name } } }`, { id: r.reports[0].articleId });
      expect(article.data!.article).toEqual({ title: 'Commemoration in Cairo', source: { name: 'Test Wire' } });
    } finally {
      await fixture.api.db.write(
        { name: 'test/removeIngested', text: 'MATCH (a:Article {url: $url}) OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence) OPTIONAL MATCH (s)<-[:STATED_IN]-(c:Claim) DETACH DELETE a, s, c' },
        { url },
      );
      await fixture.api.db.write({ name: 'test/removeSource', text: "MATCH (s:Source {name: 'Test Wire'}) WHERE NOT EXISTS { (s)<-[:PUBLISHED_BY]-() } DELETE s" }, {});
    }
  });
});
