import { cityGazetteer } from '../../src/extract/cityGazetteer';
import { countryGazetteer } from '../../src/extract/countryGazetteer';
import { normalizeName } from '../../src/extract/normalizeName';

describe('Gazetteer: normalizeName', () => {
  it('folds accents, special letters, case and punctuation', () => {
    expect(normalizeName('Xocalı')).toBe('xocali');
    expect(normalizeName('Nagorno-Karabakh')).toBe(normalizeName('nagorno karabakh'));
    expect(normalizeName('São Paulo')).toBe('sao paulo');
  });
});

describe('Gazetteer: cityGazetteer', () => {
  it('resolves a city known under two names to one GeoNames id', () => {
    const g = cityGazetteer();
    const a = g.lookup('bombay');
    const b = g.lookup('mumbai');
    expect(a.length).toBeGreaterThan(0);
    expect(a.some((i) => b.includes(i))).toBe(true);
  });

  it('decodes an entry with coordinates, country and feature code', () => {
    const g = cityGazetteer();
    const i = g.lookup('lima').find((k) => g.countryCode(k) === 'PE');
    expect(i).toBeDefined();
    const e = g.entry(i as number);
    expect(e.featureCode).toBe('PPLC');
    expect(e.lat).toBeLessThan(0);
    expect(e.alternateNames.length).toBeGreaterThan(0);
  });
});

describe('Gazetteer: countryGazetteer', () => {
  it('knows country names and official names, and demonyms apart from names', () => {
    const c = countryGazetteer();
    expect(c.byName.get('chile')?.code).toBe('CL');
    expect(c.byName.get(normalizeName('Republic of Chile'))?.code).toBe('CL');
    expect(c.byDemonym.get('chilean')?.code).toBe('CL');
    expect(c.byName.has('chilean')).toBe(false);
  });
});
