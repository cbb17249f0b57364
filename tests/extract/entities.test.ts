import { entity, extract, names } from './helpers';

describe('Entities: people', () => {
  it('takes a name after a title and keeps the title out of the name', () => {
    const x = extract('Addressing the meeting, Ambassador Maria Lopez spoke about trade.');
    expect(names(x, 'Person')).toEqual(['Maria Lopez']);
  });

  it('finds a name with a role in apposition', () => {
    const x = extract('Jonas Pereira, head of the Brazilian community in Lisbon, welcomed the guests.');
    expect(names(x, 'Person')).toContain('Jonas Pereira');
  });

  it('joins a surname alone to the full name used before', () => {
    const x = extract('Minister Anna Berg opened the forum. Berg said the talks would go on.');
    const p = entity(x, 'Person', 'Anna Berg');
    expect(p?.mentions).toHaveLength(2);
    expect(p?.aliases).toContain('Berg');
  });

  it('resolves "the envoy" to the only ambassador named', () => {
    const x = extract('Ambassador Maria Lopez arrived on Monday. The envoy stressed the need for dialogue.');
    expect(entity(x, 'Person', 'Maria Lopez')?.aliases).toContain('the envoy');
  });

  it('does not take everyday capitalised words at the start of a sentence for people', () => {
    const x = extract('Speaking about the plan, officials said little. Eight families left.');
    expect(names(x, 'Person')).toEqual([]);
  });
});

describe('Entities: organisations', () => {
  it('reads "Embassy of <country>" and links a later "the embassy" to it', () => {
    const x = extract('The Embassy of Chile hosted a concert. Later the embassy thanked the guests.');
    const o = entity(x, 'Organization', 'Embassy of Chile');
    expect(o?.mentions).toHaveLength(2);
  });

  it('reads names ending in an organisation word and acronym-led councils', () => {
    const x = extract('The Nobel Peace Foundation and the UN Human Rights Council issued statements.');
    expect(names(x, 'Organization')).toEqual(expect.arrayContaining(['Nobel Peace Foundation', 'UN Human Rights Council']));
  });

  it('reads "the X union of ..." and numbered military units', () => {
    const x = extract('It was organized by the Horizon union of student groups. The 12th infantry brigade left the area.');
    expect(names(x, 'Organization')).toEqual(expect.arrayContaining(['Horizon union of student groups', '12th infantry brigade']));
  });

  it('groups a country\'s armed forces under one name', () => {
    const x = extract('Chilean troops crossed the river. Later the Chilean armed forces withdrew.');
    const o = x.entities.filter((e) => e.type === 'Organization');
    expect(o).toHaveLength(1);
    expect(o[0]?.aliases.length).toBe(1);
  });

  it('adds the publisher as an organisation', () => {
    const x = extract('Nothing else here.', { source: 'Example Wire' });
    expect(names(x, 'Organization')).toEqual(['Example Wire']);
  });
});

describe('Entities: places', () => {
  it('finds countries and cities with gazetteer data', () => {
    const x = extract('The delegation flew from Lima to Santiago, Chile.');
    const lima = entity(x, 'Place', 'Lima');
    expect(lima?.geo?.countryCode).toBe('PE');
    expect(lima?.geo?.gazetteer).toBe('geonames');
    expect(entity(x, 'Place', 'Chile')?.geo?.featureCode).toBe('PCLI');
  });

  it('does not take demonyms for places', () => {
    const x = extract('Chilean and Peruvian students met in Lima.');
    expect(names(x, 'Place')).toEqual(['Lima']);
  });

  it('takes "the X region" and "South X" as places without gazetteer data', () => {
    const x = extract('Fighting spread to the Zangora region and across South Veluria.');
    expect(names(x, 'Place')).toEqual(expect.arrayContaining(['Zangora', 'South Veluria']));
  });

  it('does not take an everyday word for a town without a cue', () => {
    const x = extract('Justice was done, said the court in Lima.');
    expect(names(x, 'Place')).toEqual(['Lima']);
  });

  it('merges two names of one city through the gazetteer', () => {
    const x = extract('Flights to Bombay resumed. Mumbai airport reopened on Monday in Mumbai.');
    const places = x.entities.filter((e) => e.type === 'Place');
    expect(places).toHaveLength(1);
  });
});

describe('Entities: events', () => {
  it('names an event by its proper modifier and links "the massacre" back to it', () => {
    const x = extract('The Velmora massacre shocked the region. Hundreds were killed in the massacre.');
    const e = entity(x, 'Event', 'Velmora massacre');
    expect(e?.kind).toBe('massacre');
    expect(e?.mentions).toHaveLength(2);
  });

  it('names an event by what follows the head noun', () => {
    const x = extract('A ceremony dedicated to the Velmora massacre was held on Friday.');
    expect(names(x, 'Event')).toContain('ceremony dedicated to the Velmora massacre');
  });

  it('keeps a year in the name and as the time of the event', () => {
    const x = extract('The 1999 ceasefire agreement held for years.');
    const e = entity(x, 'Event', '1999 ceasefire agreement');
    expect(e?.kind).toBe('ceasefire');
    expect(e?.when?.span).toEqual({ start: '1999-01-01', end: '1999-12-31', precision: 'year' });
  });

  it('drops plain generic events', () => {
    const x = extract('Peace negotiations followed. A series of meetings took place.');
    expect(names(x, 'Event')).toEqual([]);
  });

  it('takes a quoted campaign name', () => {
    const x = extract('She backed the “Water for All” campaign.');
    expect(names(x, 'Event')).toEqual(['Water for All campaign']);
  });
});
