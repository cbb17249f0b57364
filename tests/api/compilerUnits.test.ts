import { decodeCursor, encodeCursor } from '../../src/api/compile/cursor';
import { dateBound } from '../../src/api/compile/dateBound';
import { escapeLucene, luceneQuery } from '../../src/api/compile/luceneQuery';
import { pageSize } from '../../src/api/compile/pageSize';
import { parseExampleOperations } from '../../src/api/exampleOperations';

describe('Compiler helpers', () => {
  it('builds Lucene queries from words only: exact, prefix and one-typo matches, syntax never interpreted', () => {
    expect(luceneQuery('Rzayev')).toBe('(rzayev^4 OR rzayev*^2 OR rzayev~1)');
    expect(luceneQuery('Al')).toBe('(al^4)');
    expect(luceneQuery('name:"x" AND (y* OR z~)')).toBe('(name^4 OR name*^2) OR (x^4) OR (and^4 OR and*^2) OR (y^4) OR (or^4) OR (z^4)');
    expect(luceneQuery('Nagorno-Karabakh')).toBe('(nagorno^4 OR nagorno*^2 OR nagorno~1) OR (karabakh^4 OR karabakh*^2 OR karabakh~1)');
    expect(escapeLucene('a+b:c\\d*')).toBe('a\\+b\\:c\\\\d\\*');
    expect(() => luceneQuery('*** ::')).toThrow(/at least one letter/);
  });

  it('refuses search text over the limit and cuts very long words, which Lucene would refuse', () => {
    expect(() => luceneQuery('a'.repeat(201))).toThrow(/at most 200 characters/);
    expect(luceneQuery('b'.repeat(200))).toBe(`(${'b'.repeat(40)}^4 OR ${'b'.repeat(40)}*^2 OR ${'b'.repeat(40)}~1)`);
  });

  it('makes opaque keyset cursors tied to their sort', () => {
    const c = encodeCursor(['NAME_ASC', 'cairo', 'place:x'])!;
    expect(c).not.toMatch(/cairo/);
    expect(decodeCursor(c, 'NAME_ASC')).toEqual({ sort: 'NAME_ASC', key: 'cairo', id: 'place:x' });
    expect(() => decodeCursor(c, 'MENTIONS_DESC')).toThrow(/sort NAME_ASC/);
    expect(() => decodeCursor('MTIz', 'NAME_ASC')).toThrow(/not a cursor/);
    expect(encodeCursor(null)).toBeNull();
  });

  it('widens partial dates to the first or last day', () => {
    expect(dateBound('2019', 'x', 'from')).toBe('2019-01-01');
    expect(dateBound('2019', 'x', 'to')).toBe('2019-12-31');
    expect(dateBound('2020-02', 'x', 'to')).toBe('2020-02-29');
    expect(dateBound('2018-02-26', 'x', 'to')).toBe('2018-02-26');
    expect(() => dateBound('2019-02-30', 'x', 'to')).toThrow(/no day/);
    expect(() => dateBound('yesterday', 'x', 'to')).toThrow(/ISO date/);
  });

  it('allows page sizes from 1 to the maximum only', () => {
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(/1 to 100/);
    expect(() => pageSize(0)).toThrow();
    expect(() => pageSize(2.5)).toThrow();
  });

  it('reads example operations from the "## Example operations" section only', () => {
    const md = '# X\n```graphql\n{ a }\n```\n## Example operations\n### One\n```graphql\n{ b }\n```\n```json\n{"v": 1}\n```\n### Two\n```graphql\n{ c }\n```\n## Later\n```graphql\n{ d }\n```\n';
    expect(parseExampleOperations(md)).toEqual([
      { title: 'One', query: '{ b }', variables: { v: 1 } },
      { title: 'Two', query: '{ c }', variables: {} },
    ]);
  });
});
