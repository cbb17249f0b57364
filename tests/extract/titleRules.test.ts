import { entity, extract, hasRelation, names } from './helpers';

/** Titles and roles written the ways newspapers write them (all names invented). */
describe('Roles: titles with lower-case words, fields and owners', () => {
  const qualifier = (x: ReturnType<typeof extract>, person: string, org: string): string | undefined => {
    const p = entity(x, 'Person', person);
    const o = x.entities.find((e) => e.name === org);
    return x.relations.find((r) => r.predicate === 'HOLDS_ROLE' && r.subject === p?.key && r.object === o?.key)?.qualifier;
  };

  it('reads lower-case words in front of the role word ("medical coordinator of", "project manager at")', () => {
    const x = extract('Dr. Lena Vasko, medical coordinator of the Orvia Relief Network, said more tests were needed. Tom Ardel, a project manager at Brisk Velo Holdings, agreed.');
    expect(qualifier(x, 'Lena Vasko', 'Orvia Relief Network')).toBe('medical coordinator');
    expect(qualifier(x, 'Tom Ardel', 'Brisk Velo Holdings')).toBe('project manager');
  });

  it('keeps the field of a long title and finds the country after it', () => {
    const x = extract('Ivo Marek, First Deputy Minister of Regional Development of the Republic of Moldova, signed the text.');
    expect(qualifier(x, 'Ivo Marek', 'Republic of Moldova') ?? qualifier(x, 'Ivo Marek', 'Moldova')).toBe('First Deputy Minister of Regional Development');
  });

  it('ties a title to the country or organisation named in the possessive, before or after the name', () => {
    const x = extract(
      "Peru's Minister of Fisheries, Trade and Industry, Tomas Ibarra, spoke first. Lucia Ferro, Chile's Minister of Energy, answered. The Velmora Trust opened a clinic. Ana Rolt, the trust's director of research, said it would stay open.",
    );
    expect(qualifier(x, 'Tomas Ibarra', 'Peru')).toBe('Minister of Fisheries, Trade and Industry');
    expect(qualifier(x, 'Lucia Ferro', 'Chile')).toBe('Minister of Energy');
    expect(qualifier(x, 'Ana Rolt', 'Velmora Trust')).toBe('director of research');
  });

  it('reads "Its director, X" as a role at the organisation the sentence before names', () => {
    const x = extract('The Norvale Music Club runs the winter fair. Its executive director, Dr. Mara Quill, opened it. The builder, Tarrow Construction, said the hall was late. Its project manager, Ben Osk, blamed the rain.');
    expect(qualifier(x, 'Mara Quill', 'Norvale Music Club')).toBe('executive director');
    expect(qualifier(x, 'Ben Osk', 'Tarrow Construction')).toBe('project manager');
  });

  it('reads "Its mayor, X" as an office of the town the sentence before names', () => {
    const x = extract('Floods reached Varaždin on Monday. Its mayor, Petra Lonz, asked for help.');
    expect(qualifier(x, 'Petra Lonz', 'Varaždin')).toBe('mayor');
  });

  it('reads "Deputy Mayor X of <town>" as an office of the town', () => {
    const x = extract('Deputy Mayor Elsa Brandt of Galway also spoke.');
    expect(qualifier(x, 'Elsa Brandt', 'Galway')).toBe('Deputy Mayor');
  });

  it('does not take "the chief" of "the chief executive" for a person referred to again', () => {
    const x = extract('Ola Dent, the chief executive of Kestrel Wind Power, told the audience the money was well spent.');
    expect(entity(x, 'Person', 'Ola Dent')?.aliases ?? []).not.toContain('the chief');
    expect(qualifier(x, 'Ola Dent', 'Kestrel Wind Power')).toBe('chief executive');
  });

  it('reads a name with a plural possessive as one organisation', () => {
    const x = extract("Dan Oxley, president of the Riverside Tenants' Association, said they would not appeal.");
    expect(names(x, 'Organization')).toEqual(["Riverside Tenants' Association"]);
    expect(qualifier(x, 'Dan Oxley', "Riverside Tenants' Association")).toBe('president');
  });
});

describe('Places: "-based"', () => {
  it('reads "a P-based company" as the place, and the organisation in apposition as located there', () => {
    const x = extract('The builder, Tarrow Construction, a Dunedin-based company, finished the hall. The Quito-based Institute of Coastal Studies disagreed.');
    expect(names(x, 'Place')).toEqual(expect.arrayContaining(['Dunedin', 'Quito']));
    expect(names(x, 'Organization')).toEqual(expect.arrayContaining(['Tarrow Construction', 'Institute of Coastal Studies']));
    expect(names(x, 'Organization')).not.toContain('Dunedin-based company');
    expect(hasRelation(x, 'Tarrow Construction', 'LOCATED_IN', 'Dunedin')).toBe(true);
    expect(hasRelation(x, 'Institute of Coastal Studies', 'LOCATED_IN', 'Quito')).toBe(true);
  });
});

describe('Places: longer names, venues and islands', () => {
  it('reads a longer free name holding a town\'s name as one place after "neighbouring", and as none otherwise', () => {
    const x = extract('Refugees fled to neighbouring Alto Cusco. Glaciers feeding the Rio Cusco had shrunk.');
    expect(names(x, 'Place')).toEqual(['Alto Cusco']);
  });

  it('reads venues and "Island of X", "Palace of X" as places, and "Central Asian" as none', () => {
    const x = extract('Ministers from four Central Asian countries met in the Palace of Culture. The prize went to a show at the Mara Lind Auditorium. Cases were found on the Island of Velmora.');
    expect(names(x, 'Place').sort()).toEqual(['Island of Velmora', 'Mara Lind Auditorium', 'Palace of Culture']);
  });
});

describe('Organisations: a name without its head word', () => {
  it('reads "Velmora Green" after "the Velmora Green party" as the party, not a person', () => {
    const x = extract('Ana Rolt, leader of the Velmora Green party, spoke. She said Velmora Green would ask for hearings.');
    expect(names(x, 'Person')).toEqual(['Ana Rolt']);
    expect(entity(x, 'Organization', 'Velmora Green party')?.aliases).toContain('Velmora Green');
  });
});

describe('Organisations and places: names with "and", descriptions, lists', () => {
  it('reads "Ministry of Industry and Trade" whole, with the possessive country as a separate form', () => {
    const x = extract("Peru's Ministry of Energy and Mines hosted it. The Ministry of Trade and Ana Rolt met.");
    expect(entity(x, 'Organization', "Peru's Ministry of Energy and Mines")?.aliases).toContain('Ministry of Energy and Mines');
    expect(names(x, 'Organization')).toContain('Ministry of Trade');
    expect(names(x, 'Person')).toEqual(['Ana Rolt']);
  });

  it('reads "ORG, an independent think tank based in P" as ORG located in P', () => {
    const x = extract('Ana Rolt, director of the Velmora Policy Institute, an independent think tank based in Quito, spoke. The prize went to the Norvale Light Collective, a group of six designers based in Cuenca.');
    expect(hasRelation(x, 'Velmora Policy Institute', 'LOCATED_IN', 'Quito')).toBe(true);
    expect(hasRelation(x, 'Norvale Light Collective', 'LOCATED_IN', 'Cuenca')).toBe(true);
  });

  it('reads "X, a student at ORG" as an affiliation', () => {
    const x = extract('Ana Rolt, a student at Velmora State University, won the prize.');
    expect(hasRelation(x, 'Ana Rolt', 'AFFILIATED_WITH', 'Velmora State University')).toBe(true);
  });

  it('reads a name listed after places that follow "in" as a place', () => {
    const x = extract('Most cases were in Madrid, Toledo and Velmorat on Monday.');
    expect(names(x, 'Place')).toEqual(['Madrid', 'Toledo', 'Velmorat']);
  });
});

describe('More general cues: heads further on, described organisations, datelines, initials', () => {
  it('reads "the Velmora Mining Standards Office" whole (a trade word inside the name)', () => {
    const x = extract('Inspectors closed the pit, the Velmora Mining Standards Office said on Thursday.');
    expect(names(x, 'Organization')).toEqual(['Velmora Mining Standards Office']);
  });

  it('reads "X, a Quito-based company" as an organisation located in Quito, and "Its manager, Y" as its manager', () => {
    const x = extract('The quarry is run by Minera Los Almos, a Quito-based company that was fined last year. Its site manager, Ivo Marek, said it complied.');
    expect(names(x, 'Organization')).toEqual(['Minera Los Almos']);
    expect(hasRelation(x, 'Minera Los Almos', 'LOCATED_IN', 'Quito')).toBe(true);
    expect(hasRelation(x, 'Ivo Marek', 'HOLDS_ROLE', 'Minera Los Almos')).toBe(true);
  });

  it('reads a name after "Neighbouring" at the start of a sentence as a place', () => {
    const x = extract('Floods hit the valley last year. Neighbouring Tolima reported similar damage.');
    expect(names(x, 'Place')).toEqual(['Tolima']);
    expect(names(x, 'Person')).toEqual([]);
  });

  it('reads "Mayor X" in a report datelined in a town as the mayor of that town, unless "of" names another', () => {
    const x = extract('CUENCA, Ecuador (EW) — A bridge collapsed on Tuesday. Mayor Ana Rolt declared a local holiday. Mayor Ivo Marek of Quito sent help.');
    expect(hasRelation(x, 'Ana Rolt', 'HOLDS_ROLE', 'Cuenca')).toBe(true);
    expect(hasRelation(x, 'Ivo Marek', 'HOLDS_ROLE', 'Quito')).toBe(true);
    expect(hasRelation(x, 'Ivo Marek', 'HOLDS_ROLE', 'Cuenca')).toBe(false);
  });

  it('reads every town of an upper-case dateline "A / B —" as a place, and initials of a named organisation as that organisation', () => {
    const x = extract('LIMA / CUENCA — Talks were convened by the Andean Union. The AU mediator said the deal would hold.');
    expect(names(x, 'Place').sort()).toEqual(['Cuenca', 'Lima']);
    expect(entity(x, 'Organization', 'Andean Union')?.aliases).toContain('AU');
  });
});

describe('Roles and names: "adviser to", "its" in the same sentence, "the aid group X", camps', () => {
  it('reads "an adviser to ORG" as a role there', () => {
    const x = extract("General Ivo Marek, an adviser to Peru's Ministry of Defence, said both sides agreed.");
    expect(hasRelation(x, 'Ivo Marek', 'HOLDS_ROLE', "Peru's Ministry of Defence")).toBe(true);
  });

  it('ties "its spokesman" to the latest organisation named before it in the same sentence', () => {
    const x = extract('At the meeting, the VLF was represented by its spokesman, Ana Rolt, and the NDM by its treasurer, Ivo Marek.');
    expect(hasRelation(x, 'Ana Rolt', 'HOLDS_ROLE', 'VLF')).toBe(true);
    expect(hasRelation(x, 'Ivo Marek', 'HOLDS_ROLE', 'NDM')).toBe(true);
    expect(hasRelation(x, 'Ivo Marek', 'HOLDS_ROLE', 'VLF')).toBe(false);
  });

  it('reads a name after "the <demonym> aid group" as an organisation, also when written again alone', () => {
    const x = extract('The shelter is run with the Peruvian aid group Manos Unidas Velm. Manos Unidas Velm says more people arrive every week.');
    expect(names(x, 'Organization')).toEqual(['Manos Unidas Velm']);
    expect(names(x, 'Person')).toEqual([]);
  });

  it('reads "X camp" as a place and "talks convened by ORG" as talks the organisation organised', () => {
    const x = extract('They signed it in Lima after three weeks of talks convened by the Andean Velmora Council. News reached Velmo camp on Friday.');
    expect(hasRelation(x, 'Andean Velmora Council', 'ORGANIZED', 'talks')).toBe(true);
    expect(entity(x, 'Place', 'Velmo')?.aliases).toContain('Velmo camp');
  });
});

describe('Clubs, companies and sports', () => {
  it('reads club and company suffixes, "<role> of Name" and confederations as organisations', () => {
    const x = extract('Quito Andes BC beat them. Ana Rolt, the chief executive of Kestrel Mobile, handed over the cheque. The Andean Basketball Confederation said it had no complaint. The arena is run by Velmora Arenas SA.');
    expect(names(x, 'Organization').sort()).toEqual(['Andean Basketball Confederation', 'Kestrel Mobile', 'Quito Andes BC', 'Velmora Arenas SA']);
    expect(hasRelation(x, 'Ana Rolt', 'HOLDS_ROLE', 'Kestrel Mobile')).toBe(true);
  });

  it('reads "the X Club Championship" as an event, "a tense final" as the final, "Coach X" as a title', () => {
    const x = extract('The Velmora Club Championship ended on Sunday with a tense final at the Quito Arena. Coach Ivo Marek told reporters it was hard.');
    expect(names(x, 'Event')).toEqual(expect.arrayContaining(['Velmora Club Championship']));
    expect(names(x, 'Event').some((n) => n.startsWith('final'))).toBe(true);
    expect(names(x, 'Person')).toEqual(['Ivo Marek']);
  });

  it('does not take a two-letter code inside a name, a surname or "African" before a noun for a place', () => {
    const x = extract('AS Velm Basket won on Sunday. Coach Serge Aké Boni was angry. "It was unfair," Boni said. It was a credit to African basketball.');
    expect(names(x, 'Place')).toEqual([]);
  });
});

describe('Organisations: leading heads, modified and generic references', () => {
  it('reads Spanish, French and German names that open with their head word as organisations', () => {
    const x = extract('Ana Rolt, the candidate of the Frente Amplio Velmo, won. Ivo Marek leads the Partido Verde Andino. The Parti Vert Quebecois said so.');
    expect(names(x, 'Organization').sort()).toEqual(['Frente Amplio Velmo', 'Parti Vert Quebecois', 'Partido Verde Andino']);
  });

  it('reads "the president of the electoral board" and "the group\'s coordinator" as roles at the organisation named before', () => {
    const x = extract('The Velmora Regional Electoral Board announced the result. Judge Ana Rolt, the president of the electoral board, told reporters. The Andean Civic Observatory, an observer group, watched the vote. Ivo Marek, the group\'s coordinator, said so.');
    expect(hasRelation(x, 'Ana Rolt', 'HOLDS_ROLE', 'Velmora Regional Electoral Board')).toBe(true);
    expect(hasRelation(x, 'Ivo Marek', 'HOLDS_ROLE', 'Andean Civic Observatory')).toBe(true);
  });
});

describe('Names with particles, titles of state, offices of towns', () => {
  it('reads "al-" and "el-" names whole, and "his <demonym> counterpart, Foreign Minister X" as a minister of that country', () => {
    const x = extract('Ministers from Peru and Chile met in Lima. Ana Rolt and her Chilean counterpart, Foreign Minister Omar al-Velmi, signed the text.');
    expect(names(x, 'Person')).toEqual(['Ana Rolt', 'Omar al-Velmi']);
    expect(hasRelation(x, 'Omar al-Velmi', 'HOLDS_ROLE', 'Chile')).toBe(true);
  });

  it('reads "the mayor of P, X" as the office of the town, and "the alliance\'s South America director" as a title', () => {
    const x = extract('Guests included the mayor of Cuenca, Ana Rolt. The Andean Health Alliance said so. Dara Menez, the alliance\'s South America director, urged calm.');
    expect(hasRelation(x, 'Ana Rolt', 'HOLDS_ROLE', 'Cuenca')).toBe(true);
    expect(hasRelation(x, 'Dara Menez', 'HOLDS_ROLE', 'Andean Health Alliance')).toBe(true);
  });
});

describe('Judges', () => {
  it('reads "Justice X of the Supreme Court of Y" as a judge of that court, and keeps "Justice Minister" a minister', () => {
    const x = extract('Three weeks ago, Justice Anne Doucette of the Supreme Court of Velmora dismissed an application. Justice Minister Ivo Marek agreed.');
    expect(hasRelation(x, 'Anne Doucette', 'HOLDS_ROLE', 'Supreme Court of Velmora')).toBe(true);
    expect(names(x, 'Person').sort()).toEqual(['Anne Doucette', 'Ivo Marek']);
  });
});

describe('Places in a list', () => {
  it('reads "in A, B and C in Y province" as every town of the list in Y', () => {
    const x = extract('Deaths were reported in Multan, Bahawalpur and Sahiwal in Punjab province on Tuesday.');
    for (const t of ['Multan', 'Bahawalpur', 'Sahiwal']) expect(hasRelation(x, t, 'LOCATED_IN', 'Punjab')).toBe(true);
  });
});

describe('Offices of towns', () => {
  it('reads the name after "a former mayor of" and "the governor of" as a place', () => {
    const x = extract('Ana Rolt, a former mayor of Juliaca, won. The governor of Velmar, Ivo Marek, said so.');
    expect(hasRelation(x, 'Ana Rolt', 'HOLDS_ROLE', 'Juliaca')).toBe(true);
    expect(hasRelation(x, 'Ivo Marek', 'HOLDS_ROLE', 'Velmar')).toBe(true);
  });
});

describe('Roles: offices, ranks and parties', () => {
  const qualifiers = (x: ReturnType<typeof extract>, person: string, target: string): string[] => {
    const p = entity(x, 'Person', person);
    const keys = x.entities.filter((e) => [e.name, ...e.aliases].includes(target)).map((e) => e.key);
    return x.relations.filter((r) => r.predicate === 'HOLDS_ROLE' && r.subject === p?.key && keys.includes(r.object)).map((r) => r.qualifier ?? '');
  };

  it('reads "the governor of Y province, X" and "the regional commissioner of Y Region, X" as offices of the region', () => {
    const x = extract('The governor of Velmor province, Ana Diz, said she would wait. The regional commissioner of Tarsk Region, Omar Tal, agreed.');
    expect(qualifiers(x, 'Ana Diz', 'Velmor')).toEqual(['governor']);
    expect(qualifiers(x, 'Omar Tal', 'Tarsk Region')).toEqual(['regional commissioner']);
    expect(entity(x, 'Organization', 'Tarsk Region')).toBeUndefined();
  });

  it('keeps both titles of "Its spokeswoman, Police Major X" and reads "chief operating officer" whole', () => {
    const x = extract('The Velmora Police District (VPD) put the crowd at 6,000. Its spokeswoman, Police Major Clara Duma, said the march was peaceful. Velmora Power supplies the city. Tom Vald, the company\'s chief operating officer, agreed.');
    expect(entity(x, 'Organization', 'Velmora Police District')?.aliases).toContain('VPD');
    expect(qualifiers(x, 'Clara Duma', 'Velmora Police District').sort()).toEqual(['Police Major', 'spokeswoman']);
    expect(qualifiers(x, 'Tom Vald', 'Velmora Power')).toEqual(['chief operating officer']);
  });

  it('takes "the company" for the latest business named, not the latest organisation', () => {
    const x = extract('The ferry was run by Lakeside Marine Services Ltd, a local company. The Volunteer Rescue Corps reached it first. Halima Mwak, the company\'s chief operating officer, said the crew followed procedures.');
    expect(qualifiers(x, 'Halima Mwak', 'Lakeside Marine Services Ltd')).toEqual(['chief operating officer']);
  });

  it('holds a cabinet title with no country at the dateline\'s country, and not a general secretary\'s', () => {
    const x = extract('KISUMU, Kenya (KNW) - Transport Minister Elias Mwaka said an inquiry would open. Interior Secretary Ben Quis agreed. General Secretary Tom Bala objected.');
    expect(qualifiers(x, 'Elias Mwaka', 'Kenya')).toEqual(['Transport Minister']);
    expect(qualifiers(x, 'Ben Quis', 'Kenya')).toEqual(['Interior Secretary']);
    expect(x.relations.some((r) => r.subject === entity(x, 'Person', 'Tom Bala')?.key)).toBe(false);
  });

  it('reads "Senator X of the opposition Y party" as a member of the party, also called "Y"', () => {
    const x = extract('Senator Lourdes Maca of the opposition Nuevo Rumbo party spoke.');
    expect(hasRelation(x, 'Lourdes Maca', 'AFFILIATED_WITH', 'Nuevo Rumbo')).toBe(true);
    expect(qualifiers(x, 'Lourdes Maca', 'Nuevo Rumbo')).toEqual([]);
  });

  it('reads "Honduras\' Foreign Minister, X" and "the leader of X\'s opposition Y Party"', () => {
    const x = extract('The talks were chaired by Honduras\' Foreign Minister, Dario Velm. Ana Tosk, the leader of Peru\'s opposition Renewal Unity Party, said no.');
    expect(qualifiers(x, 'Dario Velm', 'Honduras')).toEqual(['Foreign Minister']);
    expect(qualifiers(x, 'Ana Tosk', 'Renewal Unity Party')).toEqual(['leader']);
    expect(entity(x, 'Organization', "Peru's opposition")).toBeUndefined();
  });
});

describe('Roles at a body named before', () => {
  it('"X, its director-general," and "the department\'s commissioner, X", "the airline\'s chief operating officer", "director of the cultural centre"', () => {
    const x = extract('The Velmora Port Board put the figure lower. Ilse Varga, its director-general, said 6,500 containers were held. Ostra Airways cancelled flights. Oren Velt, the airline\'s chief operating officer, said 14 aircraft flew. The Tarsk Cultural Centre organised the evening. Kai Dorn, director of the cultural centre, spoke. The Department of Flood Relief counted the dead. The department\'s commissioner, Lea Vos, told reporters.');
    expect(hasRelation(x, 'Ilse Varga', 'HOLDS_ROLE', 'Velmora Port Board')).toBe(true);
    expect(hasRelation(x, 'Oren Velt', 'HOLDS_ROLE', 'Ostra Airways')).toBe(true);
    expect(hasRelation(x, 'Kai Dorn', 'HOLDS_ROLE', 'Tarsk Cultural Centre')).toBe(true);
    expect(hasRelation(x, 'Lea Vos', 'HOLDS_ROLE', 'Department of Flood Relief')).toBe(true);
  });
});

describe('Titles with a complement, and mayors of a town the text names nearby', () => {
  it('reads "Y\'s title to/on Z, X" and "Its title in Z, Sister X" as a role at Y', () => {
    const x = extract("Germany's ambassador to Peru, Katrin Velo, laid a wreath. Peru's special envoy on the border talks, Ambassador Tomas Orlen, said talks went on.");
    expect(hasRelation(x, 'Katrin Velo', 'HOLDS_ROLE', 'Germany')).toBe(true);
    expect(hasRelation(x, 'Tomas Orlen', 'HOLDS_ROLE', 'Peru')).toBe(true);
    const y = extract('The Velmora Health Network runs clinics in the hills. Its coordinator in Lyon, Sister Rose Velo, said supplies were short.');
    expect(hasRelation(y, 'Rose Velo', 'HOLDS_ROLE', 'Velmora Health Network')).toBe(true);
  });

  it('gives a mayor tied to no place the one town of the sentence, else the dateline town', () => {
    const x = extract('In Toulouse, a river town, the mayor, Justin Velo, said every boat had been lost.');
    expect(hasRelation(x, 'Justin Velo', 'HOLDS_ROLE', 'Toulouse')).toBe(true);
    const y = extract('LYON, May 3 — The vote was called after the previous mayor, Alexandru Velo, resigned in December.');
    expect(hasRelation(y, 'Alexandru Velo', 'HOLDS_ROLE', 'Lyon')).toBe(true);
    const z = extract('In Toulouse and Lyon, the mayor, Justin Velo, said every boat had been lost.');
    expect(z.relations.some((r) => r.predicate === 'HOLDS_ROLE')).toBe(false);
  });
});

describe('Portfolios listed with commas', () => {
  it('reads a ministry and a minister whose portfolio is a list ("of the Environment, Energy and Climate")', () => {
    const x = extract("Norway's Minister of the Environment, Energy and Climate, Sigga Orlen, said the Ministry of Environment, Forestry and Tourism would help.");
    expect(hasRelation(x, 'Sigga Orlen', 'HOLDS_ROLE', 'Norway')).toBe(true);
    expect(entity(x, 'Organization', 'Ministry of Environment, Forestry and Tourism')).toBeDefined();
  });
});

describe('Titles after plural possessives, "Minister for", and offices of a region', () => {
  it('reads "X Islands\' Minister of Y, Z", "X\'s Minister for Y and the Arctic, Z" and "the president of the X Region, Y"', () => {
    const x = extract("Marshall Islands' Minister of Fisheries and Marine Resources, Jeremiah Velo, hosted the meeting. Canada's Minister for International Development and the Arctic, Helen Orlen, attended it.");
    expect(entity(x, 'Place', 'Marshall Islands')).toBeDefined();
    expect(hasRelation(x, 'Jeremiah Velo', 'HOLDS_ROLE', 'Marshall Islands')).toBe(true);
    const helen = x.relations.find((r) => r.predicate === 'HOLDS_ROLE' && r.subject === entity(x, 'Person', 'Helen Orlen')?.key);
    expect(helen?.qualifier).toBe('Minister for International Development and the Arctic');
    const y = extract('The president of the Orlenka Region, Tadesse Velo, visited the villages on Sunday.');
    expect(hasRelation(y, 'Tadesse Velo', 'HOLDS_ROLE', 'Orlenka Region')).toBe(true);
  });
});
