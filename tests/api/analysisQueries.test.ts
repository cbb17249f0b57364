import { describeDb } from '../setup/testDb';
import { useSeededApi } from './apiHarness';

const PREFIX = 'tapi-analysis';

describeDb('API: events, ledger, paths, timeline, co-occurrence and counts', () => {
  const fixture = useSeededApi(PREFIX);
  beforeEach(() => {
    fixture.api.queries.length = 0;
  });

  it('shows every reported value of a figure side by side, never averaged', async () => {
    const body = await fixture.api.gql<{ entity: any }>(
      `query($id: ID!) { entity(id: $id) { ... on Event { kind
         figureLedger { counts values disputed reports { value qualifier text publishedAt source { name } report { id } sentence { index } claim { id } } } } } }`,
      { id: fixture.ids.entity('genocide') },
    );
    expect(body.errors).toBeUndefined();
    const ledger = body.data!.entity.figureLedger;
    expect(ledger.map((l: any) => l.counts)).toEqual(['children killed', 'people killed']);
    const people = ledger[1];
    expect(people.values).toEqual([600, 613]);
    expect(people.disputed).toBe(true);
    expect(people.reports.map((r: any) => [r.value, r.qualifier, r.source.name, r.publishedAt])).toEqual([
      [613, 'as many as', 'Trend', '2018-02-26'],
      [613, null, 'AzerNews', '2019-02-25'],
      [600, 'some', 'AzerNews', '2020-02-26'],
    ]);
    expect(ledger[0]).toMatchObject({ values: [63], disputed: false });
    expect(fixture.api.queries).toHaveLength(1);
  });

  it('answers when, where, who and commemorations of an event as attributed claims', async () => {
    const body = await fixture.api.gql<{ g: any; c: any }>(
      `query($g: ID!, $c: ID!) {
         g: entity(id: $g) { ... on Event { when { start end precision text claim { report { id } } } where { place { name } claims { id } }
           commemoratedBy { event { name } claims { sentence { text } } } namedAs { text report { publishedAt } } } }
         c: entity(id: $c) { ... on Event { participants { part entity { name type } claims { report { title } } } commemorates { event { name } } where { place { name } } } } }`,
      { g: fixture.ids.entity('genocide'), c: fixture.ids.entity('commemoration') },
    );
    expect(body.errors).toBeUndefined();
    const g = body.data!.g;
    expect(g.when.map((w: any) => [w.start, w.end, w.precision])).toEqual([
      ['1992-02-01', '1992-02-29', 'month'],
      ['1992-02-25', '1992-02-26', 'day'],
    ]);
    expect(g.where).toEqual([{ place: { name: 'Khojaly' }, claims: [expect.objectContaining({ id: expect.any(String) })] }]);
    expect(g.commemoratedBy.map((l: any) => l.event.name).sort()).toEqual(['Justice for Khojaly campaign', 'commemorative event dedicated to the Khojaly genocide']);
    expect(g.namedAs.map((n: any) => n.text)).toEqual(['Khojaly genocide', 'Khojaly massacre', 'Khojaly tragedy']);
    const c = body.data!.c;
    expect(c.participants.map((p: any) => [p.part, p.entity.name])).toEqual([
      ['ORGANIZED', 'Embassy of Azerbaijan'],
      ['SPOKE_AT', 'Tural Rzayev'],
    ]);
    expect(c.commemorates).toEqual([{ event: { name: 'Khojaly genocide' } }]);
    expect(c.where).toEqual([{ place: { name: 'Cairo' } }]);
    expect(fixture.api.queries).toHaveLength(2);
  });

  it('explains paths between two entities, shortest first, each hop with its claims', async () => {
    const q = `query($from: ID!, $to: ID!, $max: Int) { connections(from: $from, to: $to, maxHops: $max) {
      length entities { name } hops { from { name } to { name } claims { predicate qualifier report { id } sentence { text } } } } }`;
    const direct = await fixture.api.gql<{ connections: any[] }>(q, { from: fixture.ids.entity('tural'), to: fixture.ids.entity('embassy'), max: 2 });
    expect(direct.errors).toBeUndefined();
    const paths = direct.data!.connections;
    expect(paths.map((p) => p.entities.map((e: any) => e.name))).toEqual([
      ['Tural Rzayev', 'Embassy of Azerbaijan'],
      ['Tural Rzayev', 'commemorative event dedicated to the Khojaly genocide', 'Embassy of Azerbaijan'],
    ]);
    expect(paths[0].length).toBe(1);
    expect(paths[0].hops[0].claims.map((c: any) => [c.predicate, c.qualifier, c.report.id])).toEqual([
      ['HOLDS_ROLE', 'Ambassador', fixture.ids.article('a1')],
      ['HOLDS_ROLE', 'Ambassador', fixture.ids.article('a2')],
    ]);
    expect(paths[1].hops.map((h: any) => h.claims.map((c: any) => c.predicate))).toEqual([['SPOKE_AT'], ['ORGANIZED']]);

    const far = { from: fixture.ids.entity('tural'), to: fixture.ids.entity('leyla') };
    const none = await fixture.api.gql<{ connections: any[] }>(q, { ...far, max: 3 });
    expect(none.data!.connections).toEqual([]);
    const four = await fixture.api.gql<{ connections: any[] }>(q, { ...far, max: 4 });
    expect(four.data!.connections[0].entities.map((e: any) => e.name)).toEqual([
      'Tural Rzayev',
      'commemorative event dedicated to the Khojaly genocide',
      'Khojaly genocide',
      'Justice for Khojaly campaign',
      'Leyla Aliyeva',
    ]);
    const bad = await fixture.api.gql(q, { ...far, max: 5 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // The refused one never reached the database.
    expect(fixture.api.queries).toHaveLength(3);
  });

  it('puts an entity on a timeline on both clocks: when things happened and when reports came out', async () => {
    const q = `query($id: ID!, $from: String, $to: String) { timeline(entity: $id, from: $from, to: $to) { kind date end precision event { name } article { id } } }`;
    const all = await fixture.api.gql<{ timeline: any[] }>(q, { id: fixture.ids.entity('genocide') });
    expect(all.errors).toBeUndefined();
    expect(all.data!.timeline.map((e) => [e.kind, e.date])).toEqual([
      ['HAPPENED', '1992-02-01'],
      ['HAPPENED', '1992-02-25'],
      ['HAPPENED', '2018-02-26'],
      ['REPORTED', '2018-02-26'],
      ['REPORTED', '2019-02-25'],
      ['REPORTED', '2020-02-26'],
    ]);
    const person = await fixture.api.gql<{ timeline: any[] }>(q, { id: fixture.ids.entity('tural'), from: '2018', to: '2019' });
    expect(person.data!.timeline.map((e) => [e.kind, e.date, e.event?.name ?? null])).toEqual([
      ['HAPPENED', '2018-02-26', 'commemorative event dedicated to the Khojaly genocide'],
      ['REPORTED', '2018-02-26', null],
      ['REPORTED', '2019-02-25', null],
    ]);
  });

  it('lists co-occurring entities and counts per source and per month', async () => {
    const body = await fixture.api.gql<{ cooccurring: any[]; counts: any }>(
      `query($id: ID!) { cooccurring(entity: $id, type: Place, first: 5) { entity { name } reportCount sentenceCount reports { id } }
         counts { mentionsPerSource(entity: $id) { source { name } count } reportsPerMonth(entity: $id) { month count } } }`,
      { id: fixture.ids.entity('tural') },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.cooccurring.map((c) => [c.entity.name, c.reportCount])).toEqual([
      ['Cairo', 2],
      ['Khojaly', 2],
      ['Egypt', 1],
    ]);
    expect(body.data!.cooccurring[0].sentenceCount).toBe(1);
    expect(body.data!.counts.mentionsPerSource).toEqual([
      { source: { name: 'AzerNews' }, count: 2 },
      { source: { name: 'Trend' }, count: 1 },
    ]);
    expect(body.data!.counts.reportsPerMonth).toEqual([
      { month: '2018-02', count: 1 },
      { month: '2019-02', count: 1 },
      { month: '2020-02', count: 1 },
    ]);
    expect(fixture.api.queries).toHaveLength(2);
  });

  it('runs one query per root field however deep the selection goes', async () => {
    const body = await fixture.api.gql(
      // Ten levels deep (the server refuses more).
      `query($id: ID!) { entity(id: $id) { name reports { source { name } sentences { mentions { entity { name
         ... on Person { roles { organization { ... on Organization { members { person { name } } } } } }
         ... on Event { figureLedger { reports { report { title } } } } } } } }
         claims { subject { name } object { name } sentence { claims { report { title } } } } } }`,
      { id: fixture.ids.entity('tural') },
    );
    expect(body.errors).toBeUndefined();
    expect(fixture.api.queries).toEqual(['api/query/entity']);
  });
});
