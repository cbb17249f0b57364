import { normalizeName } from '../../src/resolve/normalizeName';
import { stripTitles } from '../../src/resolve/stripTitles';
import { entityId } from '../../src/resolve/entityId';

describe('normalizeName', () => {
  it('drops a leading "the", case, accents, apostrophes and punctuation', () => {
    expect(normalizeName('The Embassy of  Ruritania')).toBe('embassy of ruritania');
    expect(normalizeName('São Tomé')).toBe('sao tome');
    expect(normalizeName("O'Brien-Smith, Jr.")).toBe('obrien smith jr');
    expect(normalizeName('Theodore Hall')).toBe('theodore hall');
  });
});

describe('stripTitles', () => {
  it.each([
    ['Ambassador Anna Berg', 'Anna Berg'],
    ['Mrs. Berg', 'Berg'],
    ['Vice-President Carl Ode', 'Carl Ode'],
    ['Prime Minister Dora Fay', 'Dora Fay'],
    ['Dr Eli Gantz', 'Eli Gantz'],
    ['Anna Berg', 'Anna Berg'],
  ])('%s → %s', (input, expected) => {
    expect(stripTitles(input)).toBe(expected);
  });

  it('keeps a name made only of a title', () => {
    expect(stripTitles('President')).toBe('President');
  });
});

describe('entityId', () => {
  it('is the type and the normalised name, or the gazetteer id for a known place', () => {
    expect(entityId('Person', 'anna berg')).toBe('person:anna-berg');
    expect(entityId('Organization', 'anna berg')).toBe('organization:anna-berg');
    expect(entityId('Place', 'velmora', { gazetteer: 'geonames', gazetteerId: '123' })).toBe('place:geonames:123');
    expect(entityId('Place', 'velmora')).toBe('place:velmora');
  });
});
