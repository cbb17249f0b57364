import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applySchema } from '../../src/db/applySchema';
import type { Database } from '../../src/db/Database';
import type { Extraction, Report } from '../../src/extract/types';
import { ingestFiles } from '../../src/ingest/ingestFiles';
import { ingestReports } from '../../src/ingest/ingestReports';
import { warmUpIngest } from '../../src/ingest/warmUpIngest';
import { buildExtraction, geo, type ExtractionSpec } from '../helpers/buildExtraction';
import { deleteArticles, uniqueWord } from '../helpers/graphHelpers';
import { describeDb, openTestDb } from '../setup/testDb';

/** Reports whose extraction is built by hand: the text of each Report maps to its spec. */
function handExtractor(specs: Map<string, ExtractionSpec>): (r: Report) => Extraction {
  return (r) => {
    const spec = specs.get(r.text);
    if (spec === undefined) throw new Error(`no extraction for ${r.origin}`);
    return buildExtraction({ ...spec, origin: r.origin });
  };
}

describeDb('ingestReports on the real Neo4j', () => {
  let db: Database;
  const written: string[] = [];
  const q = <T>(text: string, params: Record<string, unknown>) => db.read<T>({ name: 'test/q', text }, params);
  const track = (outcomes: Array<{ articleId?: string }>): void => {
    for (const o of outcomes) if (o.articleId !== undefined) written.push(o.articleId);
  };

  beforeAll(async () => {
    db = openTestDb();
    await applySchema(db);
    await warmUpIngest(db);
  });
  afterAll(async () => {
    await deleteArticles(db, written);
    await db.close();
  });

  it('merges a surname alone and a gazetteer spelling variant into the nodes of an earlier report, recording why', async () => {
    const [given, family, town, variant] = [uniqueWord('A'), uniqueWord('B'), uniqueWord('C'), uniqueWord('W')];
    const gid = `t-${uniqueWord()}`;
    const specs = new Map<string, ExtractionSpec>();
    const first = `${given} ${family} opened a school in ${town}.`;
    const second = `Mrs. ${family} returned to ${variant} a year later.`;
    specs.set(first, {
      text: first,
      entities: [
        { key: 'p', type: 'Person', name: `${given} ${family}` },
        { key: 't', type: 'Place', name: town, geo: geo(gid, town, { alternateNames: [variant] }) },
      ],
    });
    specs.set(second, {
      text: second,
      entities: [
        { key: 'p', type: 'Person', name: `Mrs. ${family}` },
        { key: 't', type: 'Place', name: variant, geo: geo(gid, town, { alternateNames: [variant] }) },
      ],
    });
    const a = await ingestReports(db, [{ text: first, origin: 'first' }], { extract: handExtractor(specs) });
    const b = await ingestReports(db, [{ text: second, origin: 'second' }], { extract: handExtractor(specs) });
    track([...a, ...b]);
    expect(a[0]).toMatchObject({ status: 'created', entitiesCreated: 2, entitiesMerged: 0 });
    expect(b[0]).toMatchObject({ status: 'created', entitiesCreated: 0, entitiesMerged: 2 });

    const people = await q<{ id: string; name: string; mentions: string[] }>(
      `MATCH (p:Person) WHERE p.normName ENDS WITH $family
       RETURN p.id AS id, p.name AS name, [(s)-[m:MENTIONS]->(p) | m.text + '=' + m.resolution] AS mentions`,
      { family: family.toLowerCase() },
    );
    expect(people).toHaveLength(1);
    expect(people[0]?.name).toBe(`${given} ${family}`);
    expect(people[0]?.mentions.sort()).toEqual([`${given} ${family}=new`, `Mrs. ${family}=short-form`]);

    const places = await q<{ id: string; mentions: string[] }>(
      `MATCH (p:Place {gazetteerId: $gid}) RETURN p.id AS id, [(s)-[m:MENTIONS]->(p) | m.text + '=' + m.resolution] AS mentions`,
      { gid },
    );
    expect(places).toEqual([{ id: `place:geonames:${gid}`, mentions: expect.arrayContaining([`${town}=new`, `${variant}=gazetteer-id`]) }]);
  });

  it('in one run, a later batch resolves a surname alone to the person of an earlier batch, written or not yet', async () => {
    const [given, family] = [uniqueWord('G'), uniqueWord('H')];
    const specs = new Map<string, ExtractionSpec>();
    const texts = [`${given} ${family} opened the fair.`, `${family} thanked the visitors.`, `Later ${family} left.`];
    specs.set(texts[0] as string, { text: texts[0] as string, entities: [{ key: 'p', type: 'Person', name: `${given} ${family}` }] });
    for (const t of texts.slice(1)) specs.set(t, { text: t, entities: [{ key: 'p', type: 'Person', name: family }] });
    // One report per batch, two batches in flight: the second is resolved while the first may still be written.
    const out = await ingestReports(db, texts.map((text, i) => ({ text, origin: `batches-${i}` })), { extract: handExtractor(specs), batchSize: 1, concurrency: 2 });
    track(out);
    expect(out.map((o) => o.status)).toEqual(['created', 'created', 'created']);
    const people = await q<{ id: string; mentions: string[] }>(
      `MATCH (p:Person) WHERE p.normName ENDS WITH $family RETURN p.id AS id, [(s)-[m:MENTIONS]->(p) | m.text + '=' + m.resolution] AS mentions`,
      { family: family.toLowerCase() },
    );
    expect(people).toHaveLength(1);
    expect(people[0]?.mentions.sort()).toEqual([`${family}=short-form`, `${family}=short-form`, `${given} ${family}=new`].sort());
  });

  it('keeps a person and the organisation named after them as two nodes', async () => {
    const name = `${uniqueWord('H')} ${uniqueWord('K')}`;
    const text = `The ${name} Foundation gave an award to ${name}.`;
    const specs = new Map([[text, { text, entities: [{ key: 'o', type: 'Organization' as const, name: `${name} Foundation` }, { key: 'p', type: 'Person' as const, name }] }]]);
    const out = await ingestReports(db, [{ text, origin: 'named-after' }], { extract: handExtractor(specs) });
    track(out);
    const rows = await q<{ labels: string[] }>(
      `MATCH (e:Entity) WHERE e.normName STARTS WITH $norm RETURN [l IN labels(e) WHERE l <> 'Entity'] AS labels ORDER BY e.normName`,
      { norm: name.toLowerCase() },
    );
    expect(rows.map((r) => r.labels)).toEqual([['Person'], ['Organization']]);
  });

  it('links places WITHIN the regions and country their gazetteer codes name, whichever report brings the container', async () => {
    const [town, district, province, country] = [uniqueWord('T'), uniqueWord('D'), uniqueWord('P'), uniqueWord('K')];
    const [cc, r1, r2] = [`c${uniqueWord()}`, `r1-${uniqueWord()}`, `r2-${uniqueWord()}`];
    const region = (gid: string, name: string, level: 1 | 2) =>
      geo(gid, name, { gazetteer: 'geonames-admin', countryCode: 'XX', featureCode: `ADM${level}`, countryId: cc, admin1: r1, ...(level === 2 ? { admin2: r2 } : {}) });
    const first = `Floods hit ${town} in ${district} district.`;
    const second = `Rain fell across ${province} province and ${country}.`;
    const specs = new Map<string, ExtractionSpec>([
      [first, { text: first, entities: [
        { key: 't', type: 'Place', name: town, geo: geo(`t-${uniqueWord()}`, town, { countryId: cc, admin1: r1, admin2: r2 }) },
        { key: 'd', type: 'Place', name: district, geo: region(r2, district, 2) },
      ] }],
      [second, { text: second, entities: [
        { key: 'p', type: 'Place', name: province, geo: region(r1, province, 1) },
        { key: 'k', type: 'Place', name: country, geo: geo(cc, country, { gazetteer: 'iso3166', featureCode: 'PCLI' }) },
      ] }],
    ]);
    track(await ingestReports(db, [{ text: first, origin: 'within-1' }], { extract: handExtractor(specs) }));
    const links = () =>
      q<{ from: string; to: string }>(
        `MATCH (a:Place)-[:WITHIN {source: 'gazetteer'}]->(b:Place) WHERE a.name IN $names RETURN a.name AS from, b.name AS to ORDER BY from, to`,
        { names: [town, district, province] },
      );
    expect(await links()).toEqual([{ from: town, to: district }]);
    track(await ingestReports(db, [{ text: second, origin: 'within-2' }], { extract: handExtractor(specs) }));
    const expected = [
      { from: town, to: district },
      { from: town, to: province },
      { from: town, to: country },
      { from: district, to: province },
      { from: district, to: country },
      { from: province, to: country },
    ].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1));
    expect(await links()).toEqual(expected);
  });

  it('reports a broken report and writes the rest of the batch', async () => {
    const w = uniqueWord('R');
    const texts = [`${w} One visited the port.`, `${w} Two visited the port.`, `${w} Three visited the port.`];
    const specs = new Map<string, ExtractionSpec>(texts.map((t, i) => [t, { text: t, entities: [{ key: 'p', type: 'Person', name: `${w} ${['One', 'Two', 'Three'][i]}` }] }]));
    const extract = (r: Report): Extraction => {
      const x = handExtractor(specs)(r);
      if (r.origin === 'broken') x.relations.push({ subject: 'p', predicate: 'AFFILIATED_WITH', object: 'missing', sentence: 0, evidence: '' });
      return x;
    };
    const out = await ingestReports(db, texts.map((text, i) => ({ text, origin: i === 1 ? 'broken' : `ok-${i}` })), { extract, batchSize: 3 });
    track(out);
    expect(out.map((o) => o.status)).toEqual(['created', 'failed', 'created']);
    expect(out[1]?.reason).toMatch(/entity "missing"/);
    const [row] = await q<{ n: number }>('MATCH (p:Person) WHERE p.normName STARTS WITH $w RETURN count(p) AS n', { w: w.toLowerCase() });
    expect(row?.n).toBe(2);
  });

  it('extracts in worker threads when asked: the same outcomes; a report that breaks in a worker fails alone', async () => {
    const w = uniqueWord('W');
    const texts = [`${w} Alpha, the mayor of ${w}ville, spoke on 2 June 2019.`, `${w} Beta met ${w} Gamma in the harbour.`];
    const reports: Report[] = [
      { text: texts[0] as string, origin: 'worker-0', publishedAt: '2019-06-03' },
      { text: null, origin: 'worker-broken' } as unknown as Report,
      { text: texts[1] as string, origin: 'worker-2', publishedAt: '2019-06-03' },
    ];
    const out = await ingestReports(db, reports, { workers: 1, batchSize: 2 });
    track(out);
    expect(out.map((o) => [o.origin, o.status])).toEqual([
      ['worker-0', 'created'],
      ['worker-broken', 'failed'],
      ['worker-2', 'created'],
    ]);
    expect(out[1]?.reason).toMatch(/null/);
    const inProcess = await ingestReports(db, [reports[0] as Report, reports[2] as Report]);
    expect(inProcess.map((o) => [o.status, o.articleId])).toEqual([
      ['unchanged', out[0]?.articleId],
      ['unchanged', out[2]?.articleId],
    ]);
  }, 120000);

  it('ingests files and folders, reporting a file that does not parse with its reason', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-ingest-'));
    const w = uniqueWord('F');
    fs.writeFileSync(path.join(dir, 'good.txt'), `${w} Alpha met ${w} Beta in the harbour.\n`);
    fs.writeFileSync(path.join(dir, 'broken.json'), '{"text": "unterminated');
    const extract = (r: Report): Extraction =>
      buildExtraction({ text: r.text, origin: r.origin, entities: [{ key: 'a', type: 'Person', name: `${w} Alpha` }, { key: 'b', type: 'Person', name: `${w} Beta` }] });
    const out = await ingestFiles(db, [dir], { extract });
    track(out);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(out.map((o) => [path.basename(o.origin), o.status])).toEqual([
      ['broken.json', 'failed'],
      ['good.txt', 'created'],
    ]);
    expect(out[0]?.reason).toMatch(/\S/);
    expect(out[1]).toMatchObject({ entitiesCreated: 2 });
  });

  it('leaves nothing behind when the write fails halfway', async () => {
    const w = uniqueWord('Z');
    const text = `${w} Gamma founded the ${w} Guild.`;
    const specs = new Map<string, ExtractionSpec>([
      [text, { text, url: `https://example.test/${w}`, entities: [{ key: 'p', type: 'Person', name: `${w} Gamma` }, { key: 'o', type: 'Organization', name: `${w} Guild` }], relations: [{ subject: 'p', predicate: 'AFFILIATED_WITH', object: 'o' }] }],
    ]);
    const out = await ingestReports(db, [{ text, origin: 'halfway' }], {
      extract: handExtractor(specs),
      hooks: {
        afterQuery: (name) => {
          if (name === 'writeMentions') throw new Error('injected failure after the mentions');
        },
      },
    });
    expect(out[0]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/injected failure/) });
    const [row] = await q<{ articles: number; entities: number; keys: number; sentences: number }>(
      `RETURN COUNT { MATCH (a:Article {url: $url}) } AS articles,
              COUNT { MATCH (e:Entity) WHERE e.normName STARTS WITH $w } AS entities,
              COUNT { MATCH (k:NameKey) WHERE k.key CONTAINS $w } AS keys,
              COUNT { MATCH (s:Sentence) WHERE s.text CONTAINS $raw } AS sentences`,
      { url: `https://example.test/${w}`, w: w.toLowerCase(), raw: w },
    );
    expect(row).toEqual({ articles: 0, entities: 0, keys: 0, sentences: 0 });
    // The same report without the failure goes in whole.
    const ok = await ingestReports(db, [{ text, origin: 'halfway' }], { extract: handExtractor(specs) });
    track(ok);
    expect(ok[0]).toMatchObject({ status: 'created', entitiesCreated: 2 });
  });

  it('16 concurrent ingests of overlapping reports create no duplicate node', async () => {
    const [p1, p2, org, town] = [`${uniqueWord('P')} ${uniqueWord('L')}`, `${uniqueWord('P')} ${uniqueWord('M')}`, `${uniqueWord('O')} Council`, uniqueWord('T')];
    const gid = `c-${uniqueWord()}`;
    const specs = new Map<string, ExtractionSpec>();
    const reports: Report[] = [];
    for (let i = 0; i < 16; i += 1) {
      // Report 15 repeats report 14: the same report twice at once.
      const n = i === 15 ? 14 : i;
      const text = `${n % 2 === 0 ? p1 : p2} of the ${org} spoke in ${town} on day ${n}. ${p1} and ${p2} agreed.`;
      specs.set(text, {
        text,
        entities: [
          { key: 'a', type: 'Person', name: p1 },
          { key: 'b', type: 'Person', name: p2 },
          { key: 'o', type: 'Organization', name: org },
          { key: 't', type: 'Place', name: town, geo: geo(gid, town) },
        ],
        relations: [{ subject: n % 2 === 0 ? 'a' : 'b', predicate: 'AFFILIATED_WITH', object: 'o' }],
      });
      reports.push({ text, origin: `concurrent-${i}` });
    }
    const out = await ingestReports(db, reports, { extract: handExtractor(specs), concurrency: 16 });
    track(out);
    expect(out.filter((o) => o.status === 'created')).toHaveLength(15);
    expect(out.filter((o) => o.status === 'unchanged')).toHaveLength(1);
    expect(out.reduce((s, o) => s + o.entitiesCreated, 0)).toBe(4);
    const rows = await q<{ id: string; n: number; keys: number; names: number }>(
      `MATCH (e:Entity) WHERE e.normName IN $norms OR e.gazetteerId = $gid
       WITH e.id AS id, count(*) AS n, collect(e)[0] AS e
       RETURN id, n, COUNT { (k:NameKey)-[:NAMES]->(e) } AS keys, COUNT { MATCH (k:NameKey)-[r:NAMES]->(e) } AS names ORDER BY id`,
      { norms: [p1, p2, org].map((s) => s.toLowerCase()), gid },
    );
    expect(rows).toHaveLength(4);
    for (const r of rows) expect(r.n).toBe(1);
    // Each lookup key names its entity once.
    const [dup] = await q<{ d: number }>(
      `MATCH (k:NameKey)-[r:NAMES]->(e:Entity) WHERE e.id IN $ids WITH k, e, count(r) AS c WHERE c > 1 RETURN count(*) AS d`,
      { ids: rows.map((r) => r.id) },
    );
    expect(dup?.d).toBe(0);
    const [mentions] = await q<{ n: number }>(`MATCH (:Sentence)-[m:MENTIONS]->(p:Person {normName: $p1}) RETURN count(m) AS n`, { p1: p1.toLowerCase() });
    // 15 reports name p1 in their second sentence; the 8 even ones (0, 2, … 14) also in their first.
    expect(mentions?.n).toBe(23);
  });
});
