import { entity, extract, hasRelation, names } from './helpers';

describe('Entities: places by grammar', () => {
  it('reads an upper-case dateline as a place and prefers the ordinary spelling as its name', () => {
    const x = extract('LIMA, May 3 (Example Wire) - Officials in Lima said the talks would resume.', { source: 'Example Wire' });
    const lima = entity(x, 'Place', 'Lima');
    expect(lima?.mentions).toHaveLength(2);
    expect(names(x, 'Organization')).toEqual(['Example Wire']);
  });

  it('takes an unknown name after a locative preposition for a place, but not a language or demonym', () => {
    const x = extract('Fighting broke out in Zangora. Locals speak Spanish in Chilean towns.');
    expect(names(x, 'Place')).toEqual(['Zangora']);
  });

  it('gives a name in brackets or after "calls" the same gazetteer entry', () => {
    const x = extract('Flights to Mumbai (Bombay) resumed. Some still call Mumbai Bombay.');
    const places = x.entities.filter((e) => e.type === 'Place');
    expect(places).toHaveLength(1);
    expect(places[0]?.aliases).toContain('Bombay');
  });

  it('reads the region after a city and a comma', () => {
    const x = extract('The institute in Austin, Texas, opened a lab.');
    expect(hasRelation(x, 'Austin', 'LOCATED_IN', 'Texas')).toBe(true);
  });

  it('places a town in the region its apposition names', () => {
    const x = extract('They visited Arica, a town in the Zangora region, last year.');
    expect(hasRelation(x, 'Arica', 'LOCATED_IN', 'Zangora')).toBe(true);
  });
});

describe('Entities: organisations by grammar', () => {
  it("reads a country's possessive before an organisation name and state bodies after demonyms", () => {
    const x = extract("Peru's Foreign Ministry protested. The Chilean government did not answer.");
    expect(names(x, 'Organization')).toEqual(expect.arrayContaining(["Peru's Foreign Ministry", 'Chilean government']));
  });
});

describe('Relations: roles by grammar', () => {
  it('reads "X, who heads the Y" and "the Y, whose vice-president, X, ..."', () => {
    const x = extract(
      'Jonas Pereira, who heads the Brazilian community in Lisbon, spoke. A message came from the Nobel Peace Foundation, whose vice-president, Clara Diaz, launched the campaign.',
    );
    expect(hasRelation(x, 'Jonas Pereira', 'HOLDS_ROLE', 'Brazilian community in Lisbon')).toBe(true);
    expect(hasRelation(x, 'Clara Diaz', 'HOLDS_ROLE', 'Nobel Peace Foundation')).toBe(true);
  });

  it('links "ministry spokesman X" to the ministry named in the report', () => {
    const x = extract("Peru's Foreign Ministry protested on Monday. \"We reject it,\" ministry spokesman Luis Vega told reporters.");
    expect(hasRelation(x, 'Luis Vega', 'HOLDS_ROLE', "Peru's Foreign Ministry")).toBe(true);
  });

  it('reads organisers before an organising verb and the events it holds', () => {
    const x = extract('The Chilean Cultural Society, together with the Horizon union of student groups, will hold a photo exhibition in Lima.');
    expect(hasRelation(x, 'Chilean Cultural Society', 'ORGANIZED', 'photo exhibition in Lima')).toBe(true);
    expect(hasRelation(x, 'Horizon union of student groups', 'ORGANIZED', 'photo exhibition in Lima')).toBe(true);
    expect(hasRelation(x, 'photo exhibition in Lima', 'TOOK_PLACE_IN', 'Lima')).toBe(true);
  });
});

describe('Names that are no person', () => {
  it('takes a country of several words for a place, not a person, whatever the cue', () => {
    const x = extract("Costa Rica said the talks had failed. Burkina Faso's foreign minister, Ana Velmora, agreed.");
    expect(entity(x, 'Person', 'Costa Rica')).toBeUndefined();
    expect(entity(x, 'Place', 'Costa Rica')).toBeDefined();
    expect(entity(x, 'Place', 'Burkina Faso')).toBeDefined();
    expect(entity(x, 'Person', 'Ana Velmora')).toBeDefined();
  });

  it('reads "the X Y said" as a body, not a person', () => {
    const x = extract('The Velmoran Red Cross said it had sent 300 volunteers. The Prime Minister said more would follow.');
    expect(entity(x, 'Person', 'Velmoran Red Cross')).toBeUndefined();
    expect(entity(x, 'Organization', 'Velmoran Red Cross')).toBeDefined();
    expect(x.entities.some((e) => e.name === 'Prime Minister')).toBe(false);
  });

  it('takes the whole town before "-based", words and connectors included', () => {
    const x = extract('The Rio de Janeiro-based fund and a New York-based bank signed the loan on Monday.');
    expect(entity(x, 'Place', 'Rio de Janeiro')).toBeDefined();
    expect(entity(x, 'Place', 'New York')).toBeDefined();
    expect(x.entities.some((e) => /-based/.test(e.name))).toBe(false);
  });
});

describe('Names with particles, bodies after "of", where a body is registered, currency codes', () => {
  it('keeps a particle inside a personal name, but not before a town', () => {
    const x = extract('After the battle, General Anton von Velmark issued his order. Dock workers of the Compagnie du Port à gestion Autonome de Marseille said no.');
    expect(entity(x, 'Person', 'Anton von Velmark')).toBeDefined();
    expect(x.entities.some((e) => e.type === 'Person' && /Marseille/.test(e.name))).toBe(false);
  });

  it('reads "X Y of the Z Party" as a person affiliated with the party', () => {
    const x = extract('His rival, Natalia Orlenko of the Velmora Unity Party, took 47.6 percent.');
    expect(entity(x, 'Person', 'Natalia Orlenko')).toBeDefined();
    expect(hasRelation(x, 'Natalia Orlenko', 'AFFILIATED_WITH', 'Velmora Unity Party')).toBe(true);
  });

  it('takes "X-registered" and "X-based" for where a body sits, outside its name, and never for a person', () => {
    const x = extract('Velmo Textiles, a subsidiary of the Hong Kong-registered Orlen Garment Group, said it would pay. The Velmora Legal Aid Centre (VLAC), a Phnom Penh-based group, disagreed.');
    expect(entity(x, 'Organization', 'Orlen Garment Group')).toBeDefined();
    expect(hasRelation(x, 'Orlen Garment Group', 'LOCATED_IN', 'Hong Kong')).toBe(true);
    expect(x.entities.some((e) => e.type === 'Person' && /-based/.test(e.name))).toBe(false);
    expect(entity(x, 'Place', 'Phnom Penh')).toBeDefined();
  });

  it('reads no country in a currency sign ("US$245 million")', () => {
    const x = extract('The minister put the cost at US$245 million, the Velmora Trust said.');
    expect(x.entities.some((e) => e.type === 'Place')).toBe(false);
  });
});

describe('Agency codes and compound org words', () => {
  it('reads no country in an agency code in brackets after a dateline', () => {
    const x = extract('TOULOUSE, France, March 4 (MW) - Floods closed roads on Sunday, the Velmora Trust said.');
    expect(x.entities.some((e) => e.type === 'Place' && e.name === 'MW')).toBe(false);
    expect(entity(x, 'Place', 'Toulouse')).toBeDefined();
  });

  it('takes "the X university hospital" and "the X hospital" for bodies', () => {
    const x = extract('Doctors at the Velmora university hospital said 40 people were hurt. The Orlen hospital was full.');
    expect(entity(x, 'Organization', 'Velmora university hospital')).toBeDefined();
    expect(entity(x, 'Organization', 'Orlen hospital')).toBeDefined();
  });
});

describe('Names in Spanish and with paired particles', () => {
  it('keeps "de la" and "von der" inside names, and reads "Casa de la X" as a body and "Cerro del Y" as a place', () => {
    const x = extract('Weavers protested outside the Casa de la Cultura Velmorana on the Cerro del Orlen on Monday. Ursula von der Velden said no.');
    expect(entity(x, 'Organization', 'Casa de la Cultura Velmorana')).toBeDefined();
    expect(entity(x, 'Place', 'Cerro del Orlen')).toBeDefined();
    expect(entity(x, 'Person', 'Ursula von der Velden')).toBeDefined();
    expect(x.entities.some((e) => e.type === 'Person' && /Cultura/.test(e.name))).toBe(false);
  });
});

describe('Religious titles, zones, currencies and named arrangements', () => {
  it('reads "Pastor X of the Y" as a person, "X zone" as a region and "US dollars" as no place', () => {
    const x = extract('Speakers included Pastor Wilson Orlenko of the association. A landslide in Velmo zone killed 20 people, and losses reached 330 million US dollars.');
    expect(entity(x, 'Person', 'Wilson Orlenko')).toBeDefined();
    expect(entity(x, 'Place', 'Velmo zone')).toBeDefined();
    expect(x.entities.some((e) => e.type === 'Place' && e.name === 'US')).toBe(false);
  });

  it('reads a named arrangement with its subject as one event', () => {
    const x = extract('Ministers signed the Velmora Arrangement on Shared Aerial Surveillance on Thursday.');
    expect(entity(x, 'Event', 'Velmora Arrangement on Shared Aerial Surveillance')).toBeDefined();
  });
});

describe('Towns named "Port X" or "Mount Y"', () => {
  it('gives a town the gazetteer knows its facts, and never reads it as a person', () => {
    const x = extract('Officials in Port Vila said engineers had been flown to Mount Gambier. Mount Gambier said nothing.');
    expect(entity(x, 'Place', 'Port Vila')?.geo?.countryCode).toBe('VU');
    expect(entity(x, 'Person', 'Mount Gambier')).toBeUndefined();
    expect(entity(x, 'Place', 'Mount Gambier')).toBeDefined();
  });
});

describe('A role word before "X Y of Z", and a people\'s adjective after "Cape"', () => {
  it('reads "analyst X Y of the Z" as a person and "the Cape Verdean community" as no place', () => {
    const x = extract('Industry analyst Kateryna Orlenko of Velmora Insight said the plant would close. The Cape Verdean community agreed.');
    expect(entity(x, 'Person', 'Kateryna Orlenko')).toBeDefined();
    expect(x.entities.some((e) => e.type === 'Place' && /Verdean/.test(e.name))).toBe(false);
  });
});
