import { extract, hasRelation } from './helpers';

describe('Relations: roles', () => {
  it('gives the ambassador a role at the embassy of the report', () => {
    const x = extract('The Embassy of Chile held a reception. Addressing the reception, Ambassador Maria Lopez thanked the guests.');
    expect(hasRelation(x, 'Maria Lopez', 'HOLDS_ROLE', 'Embassy of Chile')).toBe(true);
    const r = x.relations.find((rel) => rel.predicate === 'HOLDS_ROLE');
    expect(r?.qualifier).toBe('Ambassador');
    expect(r?.evidence).toContain('Ambassador Maria Lopez');
  });

  it('reads "<title> of the <org> <name>"', () => {
    const x = extract('The campaign was initiated by Vice-President of the Nobel Peace Foundation Clara Diaz.');
    expect(hasRelation(x, 'Clara Diaz', 'HOLDS_ROLE', 'Nobel Peace Foundation')).toBe(true);
  });

  it('reads a role in apposition', () => {
    const x = extract('Jonas Pereira, head of the Brazilian community in Lisbon, spoke.');
    expect(hasRelation(x, 'Jonas Pereira', 'HOLDS_ROLE', 'Brazilian community in Lisbon')).toBe(true);
  });
});

describe('Relations: events', () => {
  const text = [
    'A series of events was organized by the Embassy of Chile and the Horizon union of student groups.',
    'A concert dedicated to the Velmora massacre was held at the embassy in Lima.',
    'Addressing the concert, Ambassador Maria Lopez spoke about the victims.',
    'She praised the “Never Again” campaign initiated by Professor Ana Ruiz.',
  ].join(' ');
  const x = extract(text);

  it('links organisers to the event the next sentence names', () => {
    expect(hasRelation(x, 'Embassy of Chile', 'ORGANIZED', 'concert dedicated to the Velmora massacre')).toBe(true);
    expect(hasRelation(x, 'Horizon union of student groups', 'ORGANIZED', 'concert dedicated to the Velmora massacre')).toBe(true);
  });

  it('places the event in the city after "was held ... in"', () => {
    expect(hasRelation(x, 'concert dedicated to the Velmora massacre', 'TOOK_PLACE_IN', 'Lima')).toBe(true);
  });

  it('records what the event commemorates, who spoke and who initiated the campaign', () => {
    expect(hasRelation(x, 'concert dedicated to the Velmora massacre', 'COMMEMORATES', 'Velmora massacre')).toBe(true);
    expect(hasRelation(x, 'Maria Lopez', 'SPOKE_AT', 'concert dedicated to the Velmora massacre')).toBe(true);
    expect(hasRelation(x, 'Ana Ruiz', 'INITIATED', 'Never Again campaign')).toBe(true);
  });

  it('reads who a conflict involves and who committed an act', () => {
    const y = extract('The conflict between Chile and Peru began in 1975 when Peru made claims against Chile. In 1976 Chilean armed forces, together with the 12th infantry brigade, stationed in Arica, committed an act of genocide against the population of the Peruvian town of Tacna.');
    expect(hasRelation(y, 'conflict between Chile and Peru', 'INVOLVES', 'Chile')).toBe(true);
    expect(hasRelation(y, 'conflict between Chile and Peru', 'INVOLVES', 'Peru')).toBe(true);
    expect(hasRelation(y, '12th infantry brigade', 'STATIONED_IN', 'Arica')).toBe(true);
    const act = y.entities.find((e) => e.type === 'Event' && e.name.startsWith('act of genocide'));
    expect(act).toBeDefined();
    expect(y.relations.some((r) => r.predicate === 'PERPETRATED' && r.object === act?.key)).toBe(true);
    expect(hasRelation(y, act?.name ?? '', 'TOOK_PLACE_IN', 'Tacna')).toBe(true);
  });
});
