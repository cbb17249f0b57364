import type { Extraction } from '../../src/extract/types';
import { entity, extract } from './helpers';

const placedIn = (x: Extraction, event: string, place: string): boolean => {
  const e = x.entities.find((en) => en.type === 'Event' && en.name.includes(event))?.key;
  const p = entity(x, 'Place', place)?.key;
  return e !== undefined && p !== undefined && x.relations.some((r) => r.predicate === 'TOOK_PLACE_IN' && r.subject === e && r.object === p);
};
const withDate = (text: string): Extraction => extract(text, { publishedAt: '2025-03-12' });

/** Where an event with no place of its own happened, from the town a report is datelined in. */
describe('Events in the dateline town', () => {
  it('places an event of the lead that is held somewhere (a strike, talks) in the dateline town', () => {
    const x = withDate('TARRAGONA, Spain — The strike at the port entered its second day on Tuesday. The Velmora Dockers Union said talks would resume.');
    expect(placedIn(x, 'strike', 'Tarragona')).toBe(true);
    const r = x.relations.find((rel) => rel.predicate === 'TOOK_PLACE_IN');
    expect(r?.evidence).toContain('The strike at the port');
  });

  it('places a gathering dated within a month of the report anywhere in it, but not an old one', () => {
    const x = withDate('TARRAGONA, Spain — The port was quiet on Tuesday. Shops opened late. Workers met their families. The Velmora Dockers Union held a news conference on Monday. Its leader recalled the rally of 1988.');
    expect(placedIn(x, 'news conference', 'Tarragona')).toBe(true);
    expect(placedIn(x, 'rally', 'Tarragona')).toBe(false);
  });

  it('does not place a disaster or a war of the lead in the town a report is filed from', () => {
    const x = withDate('MADRID, Spain — Floods killed four people on Monday, officials said, as the Second World War veterans were evacuated.');
    expect(placedIn(x, 'Floods', 'Madrid')).toBe(false);
    expect(placedIn(x, 'War', 'Madrid')).toBe(false);
  });

  it('finds a dateline that opens the second paragraph, after a standfirst, and does not read it as an organisation', () => {
    const x = withDate('Shops and schools stayed closed as residents marched.\n\nTARRAGONA, Spain — Thousands of residents marched on Tuesday. The Velmora Civic Front, which called the civic strike, counted 6,000 marchers.');
    expect(entity(x, 'Place', 'Tarragona')).toBeDefined();
    expect(x.entities.some((e) => e.type === 'Organization' && e.name === 'TARRAGONA')).toBe(false);
    expect(placedIn(x, 'civic strike', 'Tarragona')).toBe(true);
  });
});

describe('Event names', () => {
  it('ends at a time counted back from the report ("80 years ago")', () => {
    const x = extract('The veterans remembered the battle of Velmora Ridge 80 years ago, one of the bloodiest of the war.');
    expect(x.entities.find((e) => e.type === 'Event' && e.name.startsWith('battle'))?.name).toBe('battle of Velmora Ridge');
  });
});

describe('Regions named as provinces', () => {
  it('takes the province of a country the report names over a town of the same name abroad', () => {
    const x = extract('QUITO, Ecuador — Miners marched in Ambato, in the eastern province of Orellana, on Tuesday.');
    expect(entity(x, 'Place', 'Orellana')?.geo).toMatchObject({ featureCode: 'ADM1', countryCode: 'EC' });
  });
});
