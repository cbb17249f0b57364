import type { Extraction } from '../../src/extract/types';
import { mapPredicate, normName, scoreExtraction, type GoldFile } from './goldEval';

const gold: GoldFile = {
  people: [{ name: 'Maria Lopez' }],
  organizations: [{ name: 'Embassy of Chile', aliases: ['the embassy'] }],
  places: [{ name: 'Lima' }, { name: 'Peru' }],
  events: [],
  relations: [
    { s: 'Maria Lopez', p: 'holds role Ambassador at', o: 'Embassy of Chile' },
    { s: 'Lima', p: 'located in', o: 'Peru', evidence: 'general geography (gazetteer)' },
    { s: 'Maria Lopez', p: 'head of', o: 'Chilean community in Peru' },
  ],
};

function x(partial: Partial<Extraction>): Extraction {
  return { report: { title: '', origin: 't', contentHash: '', text: '' }, sentences: [], entities: [], relations: [], figures: [], dates: [], ...partial };
}

const geo = (cc: string, fc: string) => ({ gazetteer: 'g', gazetteerId: cc + fc, name: '', lat: 0, lon: 0, countryCode: cc, featureCode: fc, alternateNames: [] });

describe('Gold scorer: scoreExtraction', () => {
  it('scores an empty extraction as zero recall', () => {
    const s = scoreExtraction(x({}), gold);
    expect(s.entities.recall).toBe(0);
    expect(s.relations.recall).toBe(0);
  });

  it('gives full marks to a perfect extraction and checks role qualifiers', () => {
    const entities = [
      { key: 'p', type: 'Person' as const, name: 'Maria Lopez', aliases: [], mentions: [] },
      { key: 'o', type: 'Organization' as const, name: 'The Embassy of Chile', aliases: [], mentions: [] },
      { key: 'l', type: 'Place' as const, name: 'Lima', aliases: [], mentions: [], geo: geo('PE', 'PPLC') },
      { key: 'c', type: 'Place' as const, name: 'Peru', aliases: [], mentions: [], geo: geo('PE', 'PCLI') },
      { key: 'g', type: 'Organization' as const, name: 'Chilean community in Peru', aliases: [], mentions: [] },
    ];
    const good = scoreExtraction(
      x({
        entities,
        relations: [
          { subject: 'p', predicate: 'HOLDS_ROLE', object: 'o', qualifier: 'Ambassador', sentence: 0, evidence: '' },
          { subject: 'p', predicate: 'HOLDS_ROLE', object: 'g', qualifier: 'head', sentence: 0, evidence: '' },
        ],
      }),
      gold,
    );
    expect(good.entities).toMatchObject({ precision: 1, recall: 1 });
    expect(good.neutral).toEqual(['Organization:Chilean community in Peru']);
    expect(good.relations.recall).toBe(1);
    const wrongTitle = scoreExtraction(
      x({ entities, relations: [{ subject: 'p', predicate: 'HOLDS_ROLE', object: 'o', qualifier: 'Consul', sentence: 0, evidence: '' }] }),
      gold,
    );
    expect(wrongTitle.missedRelations[0]).toContain('holds role Ambassador');
  });

  it('counts duplicates, wrong types and unknown entities as false positives', () => {
    const s = scoreExtraction(
      x({
        entities: [
          { key: 'a', type: 'Person', name: 'Maria Lopez', aliases: [], mentions: [] },
          { key: 'b', type: 'Person', name: 'Lopez', aliases: ['Maria Lopez'], mentions: [] },
          { key: 'c', type: 'Organization', name: 'Lima', aliases: [], mentions: [] },
        ],
      }),
      gold,
    );
    expect(s.entities.tp).toBe(1);
    expect(s.entities.fp).toBe(2);
  });

  it('normalises names and maps gold predicates', () => {
    expect(normName('The “Water for All” campaign')).toBe('water for all campaign');
    expect(mapPredicate('holds role Vice-President at')).toBe('HOLDS_ROLE');
    expect(mapPredicate('spoke at')).toBe('SPOKE_AT');
    expect(mapPredicate('admired')).toBeUndefined();
  });
});
