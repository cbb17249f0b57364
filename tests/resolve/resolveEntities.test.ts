import { candidatesFromResolved } from '../../src/resolve/candidatesFromResolved';
import { lookupKeys } from '../../src/resolve/lookupKeys';
import { nameKey } from '../../src/resolve/nameKey';
import type { CandidateEntity } from '../../src/resolve/ResolvedReport';
import { resolveEntities } from '../../src/resolve/resolveEntities';
import { buildExtraction, geo } from '../helpers/buildExtraction';

const person = (name: string, extra: Partial<CandidateEntity> = {}): CandidateEntity => {
  const norm = name.toLowerCase();
  const words = norm.split(' ');
  return {
    id: `person:${norm.replace(/ /g, '-')}`,
    type: 'Person',
    name,
    normName: norm,
    aliases: [name],
    keys: [nameKey('Person', 'name', norm), ...(words.length > 1 ? [nameKey('Person', 'surname', words[words.length - 1] as string)] : [])],
    ...extra,
  };
};

describe('resolveEntities: new entities', () => {
  const x = buildExtraction({
    text: 'Ambassador Anna Berg spoke in Velmora. Berg thanked the Harbour Trust, and the trust met on 3 May.',
    url: 'https://example.test/a',
    publishedAt: '2020-05-04',
    source: 'The Daily Test',
    entities: [
      { key: 'p1', type: 'Person', name: 'Anna Berg', forms: ['Berg'] },
      { key: 'pl', type: 'Place', name: 'Velmora', geo: geo('900', 'Velmora') },
      { key: 'o1', type: 'Organization', name: 'Harbour Trust', aliases: ['the trust'] },
    ],
    relations: [{ subject: 'p1', predicate: 'AFFILIATED_WITH', object: 'o1' }],
  });
  const r = resolveEntities(x, []);

  it('gives deterministic ids and records "new"', () => {
    expect(r.entities.map((e) => [e.id, e.resolution])).toEqual([
      ['person:anna-berg', 'new'],
      ['place:geonames:900', 'new'],
      ['organization:harbour-trust', 'new'],
    ]);
    expect(r.article.id).toMatch(/^article:[0-9a-f]{24}$/);
    expect(r.article.sourceId).toBe('source:daily-test');
    expect(resolveEntities(x, [])).toEqual(r);
  });

  it('marks a surname mention of a new person as a short form', () => {
    const berg = r.mentions.filter((m) => m.entityId === 'person:anna-berg');
    expect(berg.map((m) => [m.text, m.resolution])).toEqual([
      ['Anna Berg', 'new'],
      ['Berg', 'short-form'],
    ]);
  });

  it('builds relation claims attributed to sentences; the forms of a non-event are attributed by its mentions, not NAMED_AS', () => {
    const rel = r.claims.find((c) => c.predicate === 'AFFILIATED_WITH');
    expect(rel).toMatchObject({ subjectId: 'person:anna-berg', objectId: 'organization:harbour-trust', sentenceId: `${r.article.id}#s1` });
    expect(r.claims.filter((c) => c.predicate === 'NAMED_AS')).toEqual([]);
    const trustForms = r.mentions.filter((m) => m.entityId === 'organization:harbour-trust').map((m) => [m.text, m.sentenceId]);
    expect(trustForms).toEqual(expect.arrayContaining([['Harbour Trust', `${r.article.id}#s1`], ['the trust', `${r.article.id}#s1`]]));
    expect(new Set(r.claims.map((c) => c.id)).size).toBe(r.claims.length);
  });

  it('builds a NAMED_AS claim for every form an event is given, in the first sentence using it', () => {
    const ev = buildExtraction({
      text: 'The harbour parade began at noon. Residents called the harbour parade a festival.',
      entities: [{ key: 'e', type: 'Event', name: 'harbour parade', kind: 'parade', aliases: ['festival'] }],
    });
    const er = resolveEntities(ev, []);
    expect(er.claims.filter((c) => c.predicate === 'NAMED_AS').map((c) => [c.subjectId, c.text, c.sentenceId])).toEqual([
      ['event:harbour-parade', 'harbour parade', `${er.article.id}#s0`],
      ['event:harbour-parade', 'festival', `${er.article.id}#s1`],
    ]);
  });

  it('asks the graph for names, surnames, gazetteer ids', () => {
    const keys = lookupKeys([x]);
    expect(keys.keys).toEqual(expect.arrayContaining(['person|name|anna berg', 'organization|name|harbour trust', 'place|name|velmora']));
    expect(keys.gazetteerIds).toEqual(['900']);
  });
});

describe('resolveEntities: people', () => {
  it('resolves "Mrs. Y" in a later report to the one person in the graph named "... Y"', () => {
    const x = buildExtraction({ text: 'Mrs. Berg opened the fair.', entities: [{ key: 'p', type: 'Person', name: 'Mrs. Berg' }] });
    expect(lookupKeys([x]).keys).toContain('person|surname|berg');
    const r = resolveEntities(x, [person('Anna Berg')]);
    expect(r.entities).toEqual([expect.objectContaining({ id: 'person:anna-berg', resolution: 'short-form', matchedExisting: true })]);
    expect(r.mentions[0]?.resolution).toBe('short-form');
  });

  it('keeps a surname alone as a new node when two people could be meant', () => {
    const x = buildExtraction({ text: 'Berg opened the fair.', entities: [{ key: 'p', type: 'Person', name: 'Berg' }] });
    const r = resolveEntities(x, [person('Anna Berg'), person('Olaf Berg')]);
    expect(r.entities.map((e) => [e.id, e.resolution])).toEqual([['person:berg', 'new']]);
  });

  it('prefers the person of the same report, and refuses when the report itself is ambiguous', () => {
    const one = buildExtraction({
      text: 'Olaf Berg arrived. Later Berg left.',
      entities: [
        { key: 'short', type: 'Person', name: 'Berg' },
        { key: 'full', type: 'Person', name: 'Olaf Berg' },
      ],
    });
    const r1 = resolveEntities(one, [person('Anna Berg')]);
    expect(r1.keyMap).toEqual({ short: 'person:olaf-berg', full: 'person:olaf-berg' });
    expect(r1.entities).toHaveLength(1);
    const two = buildExtraction({
      text: 'Olaf Berg and Anna Berg arrived. Later Berg left.',
      entities: [
        { key: 'a', type: 'Person', name: 'Olaf Berg' },
        { key: 'b', type: 'Person', name: 'Anna Berg' },
        { key: 'c', type: 'Person', name: 'Berg' },
      ],
    });
    expect(resolveEntities(two, []).keyMap.c).toBe('person:berg');
  });

  it('strips titles, and matches the same name across reports', () => {
    const x = buildExtraction({ text: 'Ambassador Anna Berg spoke.', entities: [{ key: 'p', type: 'Person', name: 'Ambassador Anna Berg' }] });
    const r = resolveEntities(x, [person('Anna Berg')]);
    expect(r.entities[0]).toMatchObject({ id: 'person:anna-berg', name: 'Anna Berg', resolution: 'same-name' });
  });

  it('never merges a person with an organisation named after them', () => {
    const x = buildExtraction({
      text: 'The Anna Berg Foundation honoured Anna Berg.',
      entities: [
        { key: 'o', type: 'Organization', name: 'Anna Berg Foundation' },
        { key: 'p', type: 'Person', name: 'Anna Berg' },
      ],
    });
    const foundation: CandidateEntity = { id: 'organization:anna-berg', type: 'Organization', name: 'Anna Berg', normName: 'anna berg', aliases: [], keys: ['organization|name|anna berg'] };
    const r = resolveEntities(x, [foundation]);
    expect(r.keyMap).toEqual({ o: 'organization:anna-berg-foundation', p: 'person:anna-berg' });
    expect(r.entities.map((e) => e.resolution)).toEqual(['new', 'new']);
  });
});

describe('resolveEntities: places, organisations, events', () => {
  const velmora: CandidateEntity = {
    id: 'place:geonames:900',
    type: 'Place',
    name: 'Velmora',
    normName: 'velmora',
    aliases: ['Velmora'],
    keys: ['place|name|velmora', 'place|name|welmora'],
    gazetteerId: '900',
  };

  it('resolves a gazetteer spelling variant by gazetteer id', () => {
    const x = buildExtraction({ text: 'Rain fell on Welmora.', entities: [{ key: 'pl', type: 'Place', name: 'Welmora', geo: geo('900', 'Velmora', { alternateNames: ['Welmora'] }) }] });
    const r = resolveEntities(x, [velmora]);
    expect(r.entities[0]).toMatchObject({ id: 'place:geonames:900', resolution: 'gazetteer-id', matchedExisting: true });
    expect(r.mentions[0]?.resolution).toBe('gazetteer-id');
  });

  it('resolves a place the gazetteer did not place through the alternate names of one that it did', () => {
    const x = buildExtraction({ text: 'Rain fell on Welmora.', entities: [{ key: 'pl', type: 'Place', name: 'Welmora' }] });
    expect(resolveEntities(x, [velmora]).entities[0]).toMatchObject({ id: 'place:geonames:900', resolution: 'alias' });
    expect(resolveEntities(x, []).entities[0]).toMatchObject({ id: 'place:welmora', resolution: 'new' });
  });

  it('resolves organisations by normalised name and by known alias', () => {
    const trust: CandidateEntity = { id: 'organization:harbour-trust', type: 'Organization', name: 'Harbour Trust', normName: 'harbour trust', aliases: ['Harbour Trust', 'HT'], keys: ['organization|name|harbour trust', 'organization|name|ht'] };
    const a = buildExtraction({ text: 'THE HARBOUR TRUST met.', entities: [{ key: 'o', type: 'Organization', name: 'THE HARBOUR TRUST' }] });
    expect(resolveEntities(a, [trust]).entities[0]).toMatchObject({ id: 'organization:harbour-trust', resolution: 'same-name' });
    const b = buildExtraction({ text: 'HT met.', entities: [{ key: 'o', type: 'Organization', name: 'HT' }] });
    expect(resolveEntities(b, [trust]).entities[0]).toMatchObject({ id: 'organization:harbour-trust', resolution: 'alias' });
  });

  it('resolves an event named differently by the same day at the same gazetteer place', () => {
    const parade: CandidateEntity = { id: 'event:harbour-parade', type: 'Event', name: 'harbour parade', normName: 'harbour parade', aliases: [], keys: ['event|name|harbour parade', 'event|day-at|900|2020-05-03'] };
    const spec = (start: string, precision: 'day' | 'month') =>
      buildExtraction({
        text: 'The Velmora march took place in Velmora on the day.',
        entities: [
          { key: 'e', type: 'Event', name: 'Velmora march', kind: 'march', when: { span: { start, end: start, precision }, text: 'on the day' } },
          { key: 'pl', type: 'Place', name: 'Velmora', geo: geo('900', 'Velmora') },
        ],
        relations: [{ subject: 'e', predicate: 'TOOK_PLACE_IN', object: 'pl' }],
      });
    expect(lookupKeys([spec('2020-05-03', 'day')]).keys).toContain('event|day-at|900|2020-05-03');
    expect(lookupKeys([spec('2020-05-03', 'month')]).keys.filter((k) => k.includes('|day-at|'))).toEqual([]);
    expect(resolveEntities(spec('2020-05-03', 'day'), [parade, velmora]).keyMap.e).toBe('event:harbour-parade');
    expect(resolveEntities(spec('2020-05-03', 'day'), [parade, velmora]).entities.find((e) => e.type === 'Event')?.resolution).toBe('same-event');
    expect(resolveEntities(spec('2020-05-04', 'day'), [parade, velmora]).keyMap.e).toBe('event:velmora-march');
    expect(resolveEntities(spec('2020-05-03', 'month'), [parade, velmora]).keyMap.e).toBe('event:velmora-march');
  });

  it('claims figures, dates and labels of events', () => {
    const x = buildExtraction({
      text: 'The storm hit Velmora on 2 March 2001. At least 40 people were hurt in the storm.',
      entities: [
        { key: 'e', type: 'Event', name: 'storm', kind: 'disaster', when: { span: { start: '2001-03-02', end: '2001-03-02', precision: 'day' }, text: 'on 2 March 2001' } },
        { key: 'pl', type: 'Place', name: 'Velmora', geo: geo('900', 'Velmora') },
      ],
      relations: [{ subject: 'e', predicate: 'TOOK_PLACE_IN', object: 'pl' }],
      figures: [{ event: 'e', value: 40, counts: 'people hurt', qualifier: 'at least', text: 'At least 40 people were hurt' }],
    });
    const r = resolveEntities(x, []);
    expect(r.claims.find((c) => c.predicate === 'REPORTED_FIGURE')).toMatchObject({ subjectId: 'event:storm', value: 40, counts: 'people hurt', qualifier: 'at least', sentenceId: `${r.article.id}#s1` });
    expect(r.claims.find((c) => c.predicate === 'HAPPENED_ON')).toMatchObject({ subjectId: 'event:storm', start: '2001-03-02', end: '2001-03-02', precision: 'day', text: 'on 2 March 2001' });
    // The event registers its place and day as a key, so a later report (or one later in the batch) finds it.
    expect(r.entities.find((e) => e.type === 'Event')?.keys).toContain('event|day-at|900|2001-03-02');
    const [cand] = candidatesFromResolved([r]).filter((c) => c.type === 'Event');
    expect(cand?.keys).toContain('event|day-at|900|2001-03-02');
  });

  it('rejects an extraction that points at a sentence it does not have', () => {
    const x = buildExtraction({ text: 'Anna Berg spoke.', entities: [{ key: 'p', type: 'Person', name: 'Anna Berg' }] });
    x.figures.push({ value: 1, counts: 'x', text: 'x', sentence: 9, start: 0, end: 1 });
    expect(() => resolveEntities(x, [])).toThrow(/sentence 9/);
  });
});
