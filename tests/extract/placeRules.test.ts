import { entity, extract, hasRelation, names } from './helpers';

/** Places and organisations told by the shape of their names (names invented, real towns). */
describe('Places: buildings, venues and regions', () => {
  it('takes a church named after a saint, a basilica and a convention centre for places, a church body for an organisation', () => {
    const x = extract('Mass was said at the Church of St. Olaf in Bergen. A choir sang at St. Ansgar\'s Basilica. Donors met at the Kivu International Convention Centre in Goma. The Orthodox Church said it would help.');
    for (const p of ['Church of St. Olaf', "St. Ansgar's Basilica", 'Kivu International Convention Centre']) expect(entity(x, 'Place', p)).toBeDefined();
    expect(entity(x, 'Organization', 'Orthodox Church')).toBeDefined();
    expect(hasRelation(x, 'Church of St. Olaf', 'LOCATED_IN', 'Bergen')).toBe(true);
  });

  it('takes "the X War Cemetery" for a place, not the "X War" for an event', () => {
    const x = extract('Wreaths were laid at the Velmoran War Cemetery near Bergen.');
    expect(entity(x, 'Place', 'Velmoran War Cemetery')).toBeDefined();
    expect(names(x, 'Event')).toEqual([]);
  });

  it('reads "the provinces of A and B" as two regions, and "X, British Columbia" as a region after the town', () => {
    const x = extract('The company supplies homes in the neighbouring provinces of Velmor and Tarsko. NANAIMO, British Columbia — The council voted.');
    expect(entity(x, 'Place', 'Velmor')).toBeDefined();
    expect(entity(x, 'Place', 'Tarsko')).toBeDefined();
    expect(entity(x, 'Place', 'British Columbia')).toBeDefined();
    expect(entity(x, 'Place', 'Columbia')).toBeUndefined();
  });

  it('reads place names with "es", "am" and "upon" inside, and "Republika X" as a place', () => {
    const x = extract('He flew from Dar es Salaam to Frankfurt am Main and on to Newcastle upon Tyne. The Republika Velmora government objected.');
    for (const p of ['Dar es Salaam', 'Frankfurt am Main', 'Newcastle upon Tyne', 'Republika Velmora']) expect(entity(x, 'Place', p)).toBeDefined();
    expect(names(x, 'Person')).toEqual([]);
  });

  it('gives a name that is only another town\'s alternate name to the town that bears it', () => {
    const x = extract('The trust has offices in Toulouse and Porto. France is its largest market.');
    expect(entity(x, 'Place', 'Porto')?.geo?.countryCode).toBe('PT');
  });
});

describe('Organisations: acronyms, coordinated names, forces', () => {
  it('reads "Department of A and B Services" as one name', () => {
    const x = extract('The Department of Climate Change and Meteorological Services issued a warning.');
    expect(names(x, 'Organization')).toEqual(['Department of Climate Change and Meteorological Services']);
  });

  it('reads "Bosnian Serb forces" as a force, not a person called "Bosnian Serb"', () => {
    const x = extract('Bosnian Serb forces overran the town.');
    expect(entity(x, 'Organization', 'Bosnian Serb forces')).toBeDefined();
    expect(names(x, 'Person')).toEqual([]);
  });
});

describe('Places and organisations: world regions, streets, coordinated names', () => {
  it('reads world regions of the country data set as places, and "West African" as no one', () => {
    const x = extract('Survivors across Melanesia and Western Africa sent letters. Tourism in the Caribbean fell. The West African states met.');
    for (const p of ['Melanesia', 'Western Africa', 'Caribbean']) expect(entity(x, 'Place', p)).toBeDefined();
    expect(names(x, 'Person')).toEqual([]);
  });

  it('reads one-word street and square names', () => {
    const x = extract('Marchers gathered on Velmoraplatz and walked to the Tarskstraße.');
    expect(entity(x, 'Place', 'Velmoraplatz')).toBeDefined();
    expect(entity(x, 'Place', 'Tarskstraße')).toBeDefined();
  });

  it('reads "the Water and Sanitation Court" and "Ministry of A, B and C" whole, not "A and <Organisation>"', () => {
    const x = extract('The case was heard by the Water and Sanitation Court in Lusaka. A mediator from the Ministry of Fisheries, Ports and Maritime Affairs met the union. Ana Rolt and Velmora Trust staff left.');
    expect(names(x, 'Organization').sort()).toEqual(['Ministry of Fisheries, Ports and Maritime Affairs', 'Velmora Trust', 'Water and Sanitation Court']);
    expect(hasRelation(x, 'Water and Sanitation Court', 'LOCATED_IN', 'Lusaka')).toBe(true);
  });
});

describe('Organisations: governments named by a word before them', () => {
  it('reads "the Velmoran government" and "The Tarskan government" as organisations', () => {
    const x = extract('The ceremony was attended by the Velmoran government. The Tarskan government objected.');
    expect(names(x, 'Organization').sort()).toEqual(['Tarskan government', 'Velmoran government']);
  });
});

describe('Buildings named like bodies', () => {
  it('reads a centre or library where something happens as a place, and one where someone works or of which something is said as a body', () => {
    const x = extract('The hearing is set for Monday at the Velmora Centre. Readings were held at the Ostland Public Library. Tarn Edevane, a historian at the Gustav Studies Centre, spoke. The Kansai Centre for Flood Research signed.');
    expect(entity(x, 'Place', 'Velmora Centre')).toBeDefined();
    expect(entity(x, 'Place', 'Ostland Public Library')).toBeDefined();
    expect(entity(x, 'Organization', 'Gustav Studies Centre')).toBeDefined();
    expect(entity(x, 'Organization', 'Kansai Centre for Flood Research')).toBeDefined();
  });

  it('reads a church named after its dedication as a place, and keeps "X and Y" names whole', () => {
    const x = extract('Marchers gathered in front of the Church of the Holy Cross. Delegates met at the Velmora Convention and Cultural Center. Students at the Ss. Tarn and Odile University protested.');
    expect(entity(x, 'Place', 'Church of the Holy Cross')).toBeDefined();
    expect(entity(x, 'Place', 'Velmora Convention and Cultural Center')).toBeDefined();
    expect(entity(x, 'Organization', 'Ss. Tarn and Odile University')).toBeDefined();
  });
});

describe('Where places and bodies are, from the text', () => {
  it('reads "the city\'s X district" as the town named before it in the sentence, else the dateline\'s', () => {
    const a = extract('MUNICH — She spent the rest of her life in the city\'s Velmgau district.');
    expect(hasRelation(a, 'Velmgau', 'LOCATED_IN', 'Munich')).toBe(true);
    const b = extract('KYIV — At the ceremony in Warsaw, held in the city\'s Velmgau district, wreaths were laid.');
    expect(hasRelation(b, 'Velmgau', 'LOCATED_IN', 'Warsaw')).toBe(true);
    expect(hasRelation(b, 'Velmgau', 'LOCATED_IN', 'Kyiv')).toBe(false);
  });

  it('puts a body named with a country\'s possessive in that country, but not its embassies', () => {
    const x = extract('Ghana\'s Ministry of Fisheries said 12 boats were lost. Ghana\'s embassies in Europe said nothing.');
    expect(hasRelation(x, "Ghana's Ministry of Fisheries", 'LOCATED_IN', 'Ghana')).toBe(true);
    expect(hasRelation(x, "Ghana's embassies", 'LOCATED_IN', 'Ghana')).toBe(false);
    expect(hasRelation(x, "Ghana's embassies", 'LOCATED_IN', 'Europe')).toBe(true);
  });

  it('reads "in central P", "in southern P" and "X Ltd (XL), a P-based company"', () => {
    const x = extract('They met at the Ministry of Fisheries in central Accra. The ferry was run by Velmora Marine Ltd (VML), a Takoradi-based company.');
    expect(hasRelation(x, 'Ministry of Fisheries', 'LOCATED_IN', 'Accra')).toBe(true);
    expect(hasRelation(x, 'Velmora Marine Ltd', 'LOCATED_IN', 'Takoradi')).toBe(true);
    // A capitalised compass word opens the name itself: "Upper Egypt" is one place.
    expect(hasRelation(extract('Floods hit Luxor in Upper Egypt.'), 'Luxor', 'LOCATED_IN', 'Upper Egypt')).toBe(true);
  });
});

describe('Governments and police named by their country or seat', () => {
  it('reads "the government of X", "the national government in X", "Spanish authorities" and "Lyon police", not a bare "the regional government"', () => {
    const x = extract('The talks were hosted by the government of Tonga. The national government in Lima said nothing. Officials said Spanish authorities arrested two men. The march was calm, Lyon police said. The regional government paid.');
    for (const n of ['government of Tonga', 'national government in Lima', 'Spanish authorities', 'Lyon police']) expect(entity(x, 'Organization', n)).toBeDefined();
    expect(x.entities.some((e) => e.type === 'Organization' && /^regional government$/i.test(e.name))).toBe(false);
  });
});

describe('Major cities known by an English name', () => {
  it('takes a major city whose English name is an alternate one over a small town bearing it, when the report names neither country', () => {
    const x = extract('An earlier ceasefire signed in Geneva in December 2002 collapsed within months, the Velmora Trust said.');
    expect(entity(x, 'Place', 'Geneva')?.geo?.countryCode).toBe('CH');
  });
});

describe('A province also named in a body\'s name', () => {
  it('reads "in X" as the province even when "the X Reintegration Agency" is named before', () => {
    const x = extract('The Balochistan Reintegration Agency said no. The floods killed more than 1,600 people in Balochistan alone, Pakistani officials said.');
    expect(entity(x, 'Place', 'Balochistan')).toBeDefined();
  });
});
