import { describeDb } from '../setup/testDb';
import { startApi, type ApiHarness } from './apiHarness';
import { removeGraph, seedGraph, type FixtureIds } from './fixtures/seedGraph';

const PREFIX = 'tapi-lists';

interface Conn {
  totalCount: number;
  edges: { cursor: string; node: { id: string; name?: string; title?: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null };
}

describeDb('API: filtered, sorted, keyset-paged lists', () => {
  let api: ApiHarness;
  let ids: FixtureIds;

  beforeAll(async () => {
    api = await startApi();
    await removeGraph(api.db, PREFIX);
    ids = await seedGraph(api.db, PREFIX);
  });
  afterAll(async () => {
    await removeGraph(api.db, PREFIX);
    await api.close();
  });

  const articleQuery = `query($filter: ArticleFilter, $sort: ArticleSort, $first: Int, $after: String) {
    articles(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount edges { cursor node { id title } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

  it('pages through reports with opaque keyset cursors and a total', async () => {
    const filter = { sources: [ids.source('trend'), ids.source('azernews')] };
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const body: { data?: { articles: Conn } | null; errors?: unknown } = await api.gql<{ articles: Conn }>(articleQuery, { filter, first: 2, after });
      expect(body.errors).toBeUndefined();
      const conn: Conn = body.data!.articles;
      expect(conn.totalCount).toBe(3);
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...conn.edges.map((e) => e.node.id));
      for (const e of conn.edges) {
        const decoded = JSON.parse(Buffer.from(e.cursor, 'base64url').toString('utf8')) as unknown[];
        expect(decoded).toEqual(['PUBLISHED_DESC', expect.any(String), e.node.id]);
      }
      pages += 1;
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toBe(2);
    expect(seen).toEqual([ids.article('a3'), ids.article('a2'), ids.article('a1')]);
  });

  it('filters reports by source, publication range, happened range and mentions', async () => {
    const run = async (filter: Record<string, unknown>, sort = 'PUBLISHED_ASC'): Promise<string[]> => {
      const body = await api.gql<{ articles: Conn }>(articleQuery, { filter: { sources: [ids.source('trend'), ids.source('azernews')], ...filter }, sort, first: 10 });
      expect(body.errors).toBeUndefined();
      return body.data!.articles.edges.map((e) => e.node.id);
    };
    expect(await run({ sources: [ids.source('azernews')] })).toEqual([ids.article('a2'), ids.article('a3')]);
    expect(await run({ publishedFrom: '2019', publishedTo: '2019-12' })).toEqual([ids.article('a2')]);
    expect(await run({ happenedFrom: '2018-01-01' })).toEqual([ids.article('a1')]);
    expect(await run({ happenedTo: '1992' })).toEqual([ids.article('a1'), ids.article('a2'), ids.article('a3')]);
    expect(await run({ mentions: [ids.entity('tural'), ids.entity('khojaly')] })).toEqual([ids.article('a1'), ids.article('a3')]);
    expect(await run({ place: ids.entity('cairo') }, 'TITLE_ASC')).toEqual([ids.article('a2'), ids.article('a1')]);
  });

  it('lists events on the happened clock and by place, including places inside the one asked for', async () => {
    const q = `query($filter: EventFilter, $sort: EventSort) { events(filter: $filter, sort: $sort, first: 10) { totalCount edges { node { id name } } } }`;
    const mine = { sources: [ids.source('trend'), ids.source('azernews')] };
    const byDate = await api.gql<{ events: Conn }>(q, { filter: mine });
    expect(byDate.errors).toBeUndefined();
    expect(byDate.data!.events.edges.map((e) => e.node.name)).toEqual(['Khojaly genocide', 'commemorative event dedicated to the Khojaly genocide', 'Justice for Khojaly campaign']);
    const inEgypt = await api.gql<{ events: Conn }>(q, { filter: { ...mine, place: ids.entity('egypt') } });
    expect(inEgypt.data!.events.edges.map((e) => e.node.id)).toEqual([ids.entity('commemoration')]);
    const nineties = await api.gql<{ events: Conn }>(q, { filter: { ...mine, happenedFrom: '1990', happenedTo: '1999' }, sort: 'MENTIONS_DESC' });
    expect(nineties.data!.events.totalCount).toBe(1);
    const involving = await api.gql<{ events: Conn }>(q, { filter: { ...mine, involves: ids.entity('leyla') } });
    expect(involving.data!.events.edges.map((e) => e.node.name)).toEqual(['Justice for Khojaly campaign']);
  });

  it('lists entities by type and report, most mentioned first, and pages by name', async () => {
    const q = `query($filter: EntityFilter, $sort: EntitySort, $after: String) { entities(filter: $filter, sort: $sort, first: 2, after: $after) { totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } } }`;
    const people = await api.gql<{ entities: Conn }>(q, { filter: { types: ['Person'], article: ids.article('a1') } });
    expect(people.errors).toBeUndefined();
    expect(people.data!.entities.totalCount).toBe(2);
    const places = await api.gql<{ entities: Conn }>(q, { filter: { types: ['Place', 'Organization'], sources: [ids.source('trend')] }, sort: 'NAME_ASC' });
    expect(places.data!.entities.totalCount).toBe(5);
    expect(places.data!.entities.edges.map((e) => e.node.name)).toEqual(['Cairo', 'Egypt']);
    const next = await api.gql<{ entities: Conn }>(q, { filter: { types: ['Place', 'Organization'], sources: [ids.source('trend')] }, sort: 'NAME_ASC', after: places.data!.entities.pageInfo.endCursor });
    expect(next.data!.entities.edges.map((e) => e.node.name)).toEqual(['Embassy of Azerbaijan', 'Heydar Aliyev Foundation']);
    const located = await api.gql<{ entities: Conn }>(q, { filter: { place: ids.entity('cairo') } });
    expect(located.data!.entities.edges.map((e) => e.node.id).sort()).toEqual([ids.entity('commemoration'), ids.entity('embassy')].sort());
  });

  it('refuses pages over 100, bad cursors, cursors of another sort and bad dates with BAD_USER_INPUT', async () => {
    const big = await api.gql(articleQuery, { first: 101 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.message).toMatch(/100/);
    const nested = await api.gql(`query($id: ID!) { entity(id: $id) { reports(first: 1000) { id } } }`, { id: ids.entity('tural') });
    expect(nested.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const garbage = await api.gql(articleQuery, { after: 'not-a-cursor' });
    expect(garbage.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const first = await api.gql<{ articles: Conn }>(articleQuery, { first: 1 });
    const other = await api.gql(articleQuery, { first: 1, sort: 'TITLE_ASC', after: first.data!.articles.pageInfo.endCursor });
    expect(other.errors?.[0]?.message).toMatch(/sort PUBLISHED_DESC/);
    const badDate = await api.gql(articleQuery, { filter: { publishedFrom: '2019-13' } });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
