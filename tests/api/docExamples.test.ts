import fs from 'node:fs';
import { exampleOperations, exampleOperationsFile } from '../../src/api/exampleOperations';
import { sampleCorpusFiles } from '../../src/api/sampleCorpusFiles';
import { ingestFiles } from '../../src/ingest/ingestFiles';
import { describeDb } from '../setup/testDb';
import { startApi, type ApiHarness } from './apiHarness';

/**
 * Runs every ```graphql block of the "## Example operations" section (README.md once it holds it,
 * else docs/api.md) against the server with the sample corpus ingested through src/ingest.
 * The corpus stays in the test database: ingesting it again is a no-op, other files may use it.
 */
describeDb('Docs: the example operations answer meaningfully on the sample corpus', () => {
  let api: ApiHarness;
  const examples = exampleOperations();
  const answers = new Map<string, any>();

  beforeAll(async () => {
    api = await startApi();
    const outcomes = await ingestFiles(api.db, sampleCorpusFiles());
    expect(outcomes.filter((o) => o.status === 'failed')).toEqual([]);
    for (const ex of examples) {
      api.queries.length = 0;
      const body = await api.gql(ex.query, ex.variables);
      expect({ title: ex.title, errors: body.errors }).toEqual({ title: ex.title, errors: undefined });
      // One query per root field, whatever the nesting.
      expect(api.queries.length).toBe(Object.keys(body.data ?? {}).length);
      answers.set(ex.title, body.data);
    }
  }, 180000);
  afterAll(() => api.close());

  const answer = (title: string): any => {
    const a = answers.get(title);
    if (a === undefined) throw new Error(`no example titled "${title}" in ${exampleOperationsFile()}`);
    return a;
  };

  it('has at least six examples, all in ```graphql blocks of the section', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    expect(fs.readFileSync(exampleOperationsFile(), 'utf8')).toContain('## Example operations');
  });

  it('a person with roles and evidence', () => {
    const p = answer('A person with roles and evidence').entity;
    expect(p.name).toBe('Tural Rzayev');
    const ambassador = p.roles.find((r: any) => r.title === 'Ambassador' && r.organization?.name === 'Embassy of Azerbaijan');
    expect(ambassador.firstReported).toBe('2018-02-26');
    expect(ambassador.reports[0].source.name).toBe('Trend');
    expect(ambassador.claims[0].sentence.text).toContain('Tural Rzayev');
  });

  it('a report with its entities', () => {
    const a = answer('A report with its entities').articles.edges[0].node;
    expect(a.source.name).toBe('Trend');
    expect(a.people.map((p: any) => p.entity.name)).toEqual(expect.arrayContaining(['Tural Rzayev', 'Leyla Aliyeva', 'Seymur Nasirov']));
    expect(a.places.map((p: any) => p.entity.name)).toEqual(expect.arrayContaining(['Cairo', 'Egypt']));
    expect(a.relatedReports.length).toBeGreaterThan(0);
    expect(a.relatedReports[0].sharedEntityCount).toBeGreaterThan(1);
  });

  it('a path between two people: every hop it returns is explained by claims with report and sentence', () => {
    const paths = answer('A path between two people').connections as any[];
    expect(Array.isArray(paths)).toBe(true);
    for (const p of paths) {
      expect(p.entities[0].name).toBe('Tural Rzayev');
      expect(p.entities[p.entities.length - 1].name).toBe('Leyla Aliyeva');
      for (const h of p.hops) expect(h.claims[0].sentence.text.length).toBeGreaterThan(0);
    }
  });

  it("an event's figure ledger keeps every report's value", () => {
    const ledger = answer("An event's figure ledger").entity.figureLedger as any[];
    const killed = ledger.find((l) => l.counts === 'people killed');
    expect(killed.values).toContain(613);
    expect(killed.reports.some((r: any) => r.source?.name === 'Trend' && r.value === 613)).toBe(true);
    expect(ledger.some((l) => l.reports.length > 0 && l.reports.every((r: any) => r.sentence.text.length > 0))).toBe(true);
  });

  it('a timeline on both clocks, in date order', () => {
    const t = answer('A timeline').timeline as any[];
    expect(t.some((e) => e.kind === 'HAPPENED' && e.date.startsWith('1992-02'))).toBe(true);
    expect(t.some((e) => e.kind === 'REPORTED' && e.date === '2018-02-26' && e.article.source.name === 'Trend')).toBe(true);
    const dates = t.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('search finds the person by surname', () => {
    const s = answer('Search').search;
    // Other suites may seed fixture entities with the same name at the same time: the ingested person must be among the hits.
    expect(s.edges.map((e: any) => e.node)).toContainEqual(expect.objectContaining({ id: 'person:tural-rzayev', name: 'Tural Rzayev', type: 'Person' }));
    expect(s.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('events of 1992 with where and who', () => {
    const e = answer('Events on the happened clock, with where and who').events;
    expect(e.edges.map((x: any) => x.node.name)).toContain('Khojaly genocide');
    expect(e.edges.every((x: any) => x.node.when.some((w: any) => w.start <= '1992-12-31'))).toBe(true);
  });

  it('co-occurrence and counts', () => {
    const a = answer('Who is mentioned with whom, and where from');
    expect(a.cooccurring.map((c: any) => c.entity.name)).toContain('Cairo');
    expect(a.counts.mentionsPerSource.map((c: any) => c.source.name)).toContain('Trend');
    expect(a.counts.reportsPerMonth.some((m: any) => m.month === '2018-02' && m.count >= 1)).toBe(true);
  });
});
