import { bareRegionName, divisionKind, looseRegionKey, regionGazetteer } from '../../src/extract/regionGazetteer';
import type { Extraction } from '../../src/extract/types';
import { entity, extract } from './helpers';

const located = (x: Extraction, from: string, to: string): boolean => {
  const a = entity(x, 'Place', from)?.key;
  const b = entity(x, 'Place', to)?.key;
  return x.relations.some((r) => r.predicate === 'LOCATED_IN' && r.subject === a && r.object === b);
};

/** Regions (first- and second-level administrative divisions) from the GeoNames admin code lists. */
describe('Region gazetteer', () => {
  it('drops division words in either order and tells their kind', () => {
    expect(bareRegionName('provincia de soria')).toBe('soria');
    expect(bareRegionName('kent county')).toBe('kent');
    expect(bareRegionName('district')).toBe('district');
    expect(divisionKind('province of albay')).toBe('province');
    expect(divisionKind('albay province')).toBe('province');
    expect(divisionKind('okanagan regional district')).toBe('region');
    expect(divisionKind('albay')).toBeUndefined();
  });

  it('geocodes a province in a country the report names, and puts its towns in it and it in the country', () => {
    const x = extract('LAHORE, Pakistan — Schools in Lahore and Multan stayed shut on Monday as the heat in Punjab province passed 47 degrees, the Velmora Trust said.');
    const punjab = entity(x, 'Place', 'Punjab');
    expect(punjab?.geo).toMatchObject({ gazetteer: 'geonames-admin', gazetteerId: 'PK.04', featureCode: 'ADM1', countryCode: 'PK' });
    expect(punjab?.geo?.lat).toBeUndefined();
    expect(located(x, 'Multan', 'Punjab')).toBe(true);
    expect(located(x, 'Punjab', 'Pakistan')).toBe(true);
    expect(x.relations.find((r) => r.subject === entity(x, 'Place', 'Multan')?.key && r.object === punjab?.key)?.basis).toBe('gazetteer');
  });

  it('leaves a region name alone when it fits regions of two countries the report names', () => {
    const x = extract('Farmers in Punjab marched on Monday. Officials in India and Pakistan blamed the heat, the Velmora Trust said.');
    expect(entity(x, 'Place', 'Punjab')?.geo).toBeUndefined();
  });

  it('takes the division of the kind the report says, and the narrowest named one as container', () => {
    const x = extract('ELCHE, Spain — Firefighters in Elche fought a blaze on Sunday. Alicante province asked Valencia for help, the Velmora Trust said.');
    expect(entity(x, 'Place', 'Alicante')?.geo?.gazetteerId).toBe('ES.60.A');
    expect(located(x, 'Elche', 'Alicante')).toBe(true);
  });

  it('finds a region under a spelling variant: one word for two, a compass adjective for the compass word, "Pradesh" for "Province"', () => {
    expect(looseRegionKey('chiang mai')).toBe(looseRegionKey('chiangmai'));
    expect(looseRegionKey('northern aegean')).toBe(looseRegionKey('north aegean'));
    expect(regionGazetteer().lookup('chiangmai').map((r) => r.code)).toContain('TH.02');
    expect(regionGazetteer().lookup('northern aegean').map((r) => r.code)).toContain('GR.ESYE41');
    const x = extract('CHIANG MAI, Thailand — Rescuers searched villages in Chiangmai province on Monday after floods, the Velmora Trust said.');
    expect(entity(x, 'Place', 'Chiangmai province')?.geo?.gazetteerId).toBe('TH.02');
    const y = extract('Surkhet, Nepal — Schools in Surkhet stayed shut on Monday as snow fell across Karnali Province, the Velmora Trust said.');
    expect(entity(y, 'Place', 'Karnali Province')?.geo?.gazetteerId).toBe('NP.6');
    expect(located(y, 'Karnali Province', 'Nepal')).toBe(true);
  });

  it('gives no region to a river, a square or a region of another kind', () => {
    const x = extract('Boats on the Loire river near Orleans, France, were moored on Monday, and a crowd gathered in Loire Square.');
    const loire = x.entities.filter((e) => e.type === 'Place' && /Loire/.test(e.name));
    expect(loire.length).toBeGreaterThan(0);
    for (const e of loire) expect(e.geo).toBeUndefined();
  });
});

describe('Place variants in brackets', () => {
  it('does not take an agency code after a dateline for the country, but keeps an acronym that spells the name', () => {
    const x = extract('KARACHI, Pakistan (MAW) - Hospitals were full. The Democratic Republic of the Congo (DRC) sent doctors.');
    expect(entity(x, 'Place', 'Pakistan')?.aliases).not.toContain('MAW');
    expect(entity(x, 'Place', 'Democratic Republic of the Congo')?.aliases).toContain('DRC');
  });
});
