import { isLandmarkName } from '../../src/extract/placeWords';
import { extract, hasRelation } from './helpers';

/** LOCATED_IN for bodies and landmarks the gazetteer cannot place, from the report's own geography. */
describe('Local containment', () => {
  it('tells a landmark name (a square, street, park or building, in English or another language) from other places', () => {
    for (const n of ['Velmont Square', 'Karsten Hall', 'Plaza Velmora', 'Orlenstraße', 'Velmora Caddesi', 'Harlan Airport']) expect(isLandmarkName(n)).toBe(true);
    for (const n of ['Velmora', 'Velmora Valley', 'Velmora Island', 'Metro Velmora', 'Velmora Province']) expect(isLandmarkName(n)).toBe(false);
  });

  it('puts a landmark in the dateline town when its sentence names no town', () => {
    const x = extract('LYON, March 3 — About 2,000 people gathered in Velmont Square on Sunday to mark the anniversary, the Orlen Trust said.');
    expect(hasRelation(x, 'Velmont Square', 'LOCATED_IN', 'Lyon')).toBe(true);
  });

  it('puts a landmark in the one town its sentence names, but not in a town the gazetteer puts in another country', () => {
    const x = extract('LISBON, March 3 — Porto councillors voted at Karsten Hall on Friday, the Orlen Trust said.');
    expect(hasRelation(x, 'Karsten Hall', 'LOCATED_IN', 'Porto')).toBe(true);
    expect(hasRelation(x, 'Karsten Hall', 'LOCATED_IN', 'Lisbon')).toBe(false);
  });

  it('does not put a landmark named after another town of the country in the dateline town', () => {
    const x = extract('LISBON, March 3 — Flights at Braga Airport were cancelled on Monday, the Orlen Trust said.');
    expect(hasRelation(x, 'Braga Airport', 'LOCATED_IN', 'Lisbon')).toBe(false);
  });

  it('puts a body whose name holds a town or region of the report there, never in a country its name holds', () => {
    const x = extract('LYON, March 3 — The Lyon Regional Court fined the Orlen Trust on Monday. The Embassy of Portugal and the Rhone Valley Growers Union in Lyon said they would appeal.');
    expect(hasRelation(x, 'Lyon Regional Court', 'LOCATED_IN', 'Lyon')).toBe(true);
    expect(hasRelation(x, 'Embassy of Portugal', 'LOCATED_IN', 'Portugal')).toBe(false);
  });

  it('does not put a region that holds a town in its name inside that town', () => {
    const x = extract('Floods hit the Porto Valley on Monday. Rescuers in Porto said the Porto Valley had 40,000 people without power.');
    expect(x.entities.some((e) => e.name === 'Porto Valley')).toBe(true);
    expect(hasRelation(x, 'Porto Valley', 'LOCATED_IN', 'Porto')).toBe(false);
  });
});
