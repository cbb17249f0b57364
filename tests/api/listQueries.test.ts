import { describeDb } from '../setup/testDb';
import { useSeededApi } from './apiHarness';

const PREFIX = 'tapi-lists';

interface Conn {
  totalCount: number;
  edges: { cursor: string; node: { id: string; name?: string; title?: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null };
}

describeDb('API: filtered, sorted, keyset-paged lists', () => {
  const fixture = useSeededApi(PREFIX);

  const articleQuery = `query($filter: ArticleFilter, $sort: ArticleSort, $first: Int, $after: String) {
    articles(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount edges { cursor node { id title } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

  it('pages through reports with opaque keyset cursors and a total', async () => {
    const filter = { sources: [fixture.ids.source('trend'), fixture.ids.source('azernews')] };
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const body: { data?: { articles: Conn } | null; errors?: unknown } = await fixture.api.gql<{ articles: Conn }>(articleQuery, { filter, first: 2, after });
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
    expect(seen).toEqual([fixture.ids.article('a3'), fixture.ids.article('a2'), fixture.ids.article('a1')]);
  });

  it('filters reports by source, publication range, happened range and mentions', async () => {
    const run = async (filter: Record<string, unknown>, sort = 'PUBLISHED_ASC'): Promise<string[]> => {
      const body = await fixture.api.gql<{ articles: Conn }>(articleQuery, { filter: { sources: [fixture.ids.source('trend'), fixture.ids.source('azernews')], ...filter }, sort, first: 10 });
      expect(body.errors).toBeUndefined();
      return body.data!.articles.edges.map((e) => e.node.id);
    };
    expect(await run({ sources: [fixture.ids.source('azernews')] })).toEqual([fixture.ids.article('a2'), fixture.ids.article('a3')]);
    expect(await run({ publishedFrom: '2019', publishedTo: '2019-12' })).toEqual([fixture.ids.article('a2')]);
    expect(await run({ happenedFrom: '2018-01-01' })).toEqual([fixture.ids.article('a1')]);
    expect(await run({ happenedTo: '1992' })).toEqual([fixture.ids.article('a1'), fixture.ids.article('a2'), fixture.ids.article('a3')]);
    expect(await run({ mentions: [fixture.ids.entity('tural'), fixture.ids.entity('khojaly')] })).toEqual([fixture.ids.article('a1'), fixture.ids.article('a3')]);
    expect(await run({ place: fixture.ids.entity('cairo') }, 'TITLE_ASC')).toEqual([fixture.ids.article('a2'), fixture.ids.article('a1')]);
  });

  it('lists events on the happened clock and by place, including places inside the one asked for', async () => {
    const q = `query($filter: EventFilter, $sort: EventSort) { events(filter: $filter, sort: $sort, first: 10) { totalCount edges { node { id name } } } }`;
    const mine = { sources: [fixture.ids.source('trend'), fixture.ids.source('azernews')] };
    const byDate = await fixture.api.gql<{ events: Conn }>(q, { filter: mine });
    expect(byDate.errors).toBeUndefined();
    expect(byDate.data!.events.edges.map((e) => e.node.name)).toEqual(['Khojaly genocide', 'commemorative event dedicated to the Khojaly genocide', 'Justice for Khojaly campaign']);
    const inEgypt = await fixture.api.gql<{ events: Conn }>(q, { filter: { ...mine, place: fixture.ids.entity('egypt') } });
    expect(inEgypt.data!.events.edges.map((e) => e.node.id)).toEqual([fixture.ids.entity('commemoration')]);
    const nineties = await fixture.api.gql<{ events: Conn }>(q, { filter: { ...mine, happenedFrom: '1990', happenedTo: '1999' }, sort: 'MENTIONS_DESC' });
    expect(nineties.data!.events.totalCount).toBe(1);
    const involving = await fixture.api.gql<{ events: Conn }>(q, { filter: { ...mine, involves: fixture.ids.entity('leyla') } });
    expect(involving.data!.events.edges.map((e) => e.node.name)).toEqual(['Justice for Khojaly campaign']);
  });

  it('lists entities by type and report, most mentioned first, and pages by name', async () => {
    const q = `query($filter: EntityFilter, $sort: EntitySort, $after: String) { entities(filter: $filter, sort: $sort, first: 2, after: $after) { totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } } }`;
    const people = await fixture.api.gql<{ entities: Conn }>(q, { filter: { types: ['Person'], article: fixture.ids.article('a1') } });
    expect(people.errors).toBeUndefined();
    expect(people.data!.entities.totalCount).toBe(2);
    const places = await fixture.api.gql<{ entities: Conn }>(q, { filter: { types: ['Place', 'Organization'], sources: [fixture.ids.source('trend')] }, sort: 'NAME_ASC' });
    expect(places.data!.entities.totalCount).toBe(5);
    expect(places.data!.entities.edges.map((e) => e.node.name)).toEqual(['Cairo', 'Egypt']);
    const next = await fixture.api.gql<{ entities: Conn }>(q, { filter: { types: ['Place', 'Organization'], sources: [fixture.ids.source('trend')] }, sort: 'NAME_ASC', after: places.data!.entities.pageInfo.endCursor });
    expect(next.data!.entities.edges.map((e) => e.node.name)).toEqual(['Embassy of Azerbaijan', 'Heydar Aliyev Foundation']);
    const located = await fixture.api.gql<{ entities: Conn }>(q, { filter: { place: fixture.ids.entity('cairo') } });
    expect(located.data!.entities.edges.map((e) => e.node.id).sort()).toEqual([fixture.ids.entity('commemoration'), fixture.ids.entity('embassy')].sort());
  });

  it('refuses pages over 100, bad cursors, cursors of another sort and bad dates with BAD_USER_INPUT', async () => {
    const big = await fixture.api.gql(articleQuery, { first: 101 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.message).toMatch(/100/);
    const nested = await fixture.api.gql(`query($id: ID!) { entity(id: $id) { reports(first: 1000) { id } } }`, { id: fixture.ids.entity('tural') });
    expect(nested.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const garbage = await fixture.api.gql(articleQuery, { after: 'not-a-cursor' });
    expect(garbage.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const first = await fixture.api.gql<{ articles: Conn }>(articleQuery, { first: 1 });
    const other = await fixture.api.gql(articleQuery, { first: 1, sort: 'TITLE_ASC', after: first.data!.articles.pageInfo.endCursor });
    expect(other.errors?.[0]?.message).toMatch(/sort PUBLISHED_DESC/);
    const badDate = await fixture.api.gql(articleQuery, { filter: { publishedFrom: '2019-13' } });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
