import { buildClaims } from '../../src/resolve/buildClaims';
import { extract, entity } from './helpers';

/** LOCATED_IN from the gazetteer: general geography, marked as such, never a claim of the report. */
describe('Gazetteer containment', () => {
  const text = 'The Velmora Trust opened an office in Toulouse on Monday. Its director said France needed more clinics. A second office will open in Porto next year.';

  it('puts a town in the country the report names, marked basis gazetteer and anchored where the town is named', () => {
    const x = extract(text);
    const town = entity(x, 'Place', 'Toulouse');
    const country = entity(x, 'Place', 'France');
    const rel = x.relations.find((r) => r.predicate === 'LOCATED_IN' && r.subject === town?.key && r.object === country?.key);
    expect(rel).toMatchObject({ basis: 'gazetteer', sentence: 0 });
    expect(rel?.evidence).toBe(x.sentences[0]?.text);
  });

  it('links no town to a country the gazetteer puts it outside of, and nothing without a named country', () => {
    const x = extract(text);
    const porto = entity(x, 'Place', 'Porto');
    // "porto" is also an alternate name of a French city: the place that bears the name wins.
    expect(porto?.geo?.countryCode).toBe('PT');
    expect(x.relations.some((r) => r.subject === porto?.key && r.predicate === 'LOCATED_IN')).toBe(false);
    expect(extract('The Velmora Trust opened an office in Toulouse on Monday.').relations.some((r) => r.basis === 'gazetteer')).toBe(false);
  });

  it('does not repeat a containment the text states', () => {
    const x = extract('The Velmora Trust opened an office in Toulouse, France, on Monday.');
    const rels = x.relations.filter((r) => r.predicate === 'LOCATED_IN' && r.subject === entity(x, 'Place', 'Toulouse')?.key);
    expect(rels).toHaveLength(1);
    expect(rels[0]?.basis).toBeUndefined();
  });

  it('is not written as a claim of the report', () => {
    const x = extract(text);
    const keyMap = Object.fromEntries(x.entities.map((e) => [e.key, `id-${e.key}`]));
    const claims = buildClaims(x, 'article:1', keyMap);
    expect(x.relations.some((r) => r.basis === 'gazetteer')).toBe(true);
    expect(claims.some((c) => c.predicate === 'LOCATED_IN' && c.subjectId === keyMap[entity(x, 'Place', 'Toulouse')?.key ?? ''])).toBe(false);
  });
});
