import { buildReport, normalizeBody, parseLooseDate } from '../../src/parse/common';
import { MAX_BODY_BYTES } from '../../src/parse/ParseResult';

describe('parseLooseDate', () => {
  it.each([
    ['2018-02-26', '2018-02-26'],
    [' 2018-02-26 ', '2018-02-26'],
    ['2018-02-26T10:15:00Z', '2018-02-26T10:15:00Z'],
    ['2018-02-26 10:15', '2018-02-26T10:15'],
    ['2018-02-26T10:15:00+04:00', '2018-02-26T10:15:00+04:00'],
    ['2018/2/6', '2018-02-06'],
    ['26.02.2018', '2018-02-26'],
    ['26 February 2018', '2018-02-26'],
    ['26th Feb. 2018', '2018-02-26'],
    ['Feb. 26, 2018', '2018-02-26'],
    ['February 26 2018', '2018-02-26'],
    ['Monday, 26 February 2018', '2018-02-26'],
    ['Mon, 26 Feb 2018 10:00:00 +0000', '2018-02-26'],
    ['Sept 3, 2019', '2019-09-03'],
  ])('reads %p as %p', (input, expected) => {
    expect(parseLooseDate(input)).toBe(expected);
  });

  it.each(['2018-02-30', '2018-13-01', '31.04.2019', 'yesterday', '', '26/02/2018', '2018-02-26T25:00', 'Febtember 3, 2019'])(
    'rejects %p',
    (input) => {
      expect(parseLooseDate(input)).toBeUndefined();
    },
  );

  it('reads Date objects (YAML front matter) as a day when at midnight UTC', () => {
    expect(parseLooseDate(new Date(Date.UTC(2018, 1, 26)))).toBe('2018-02-26');
    expect(parseLooseDate(new Date(Date.UTC(2018, 1, 26, 9, 30)))).toBe('2018-02-26T09:30:00.000Z');
    expect(parseLooseDate(new Date(Number.NaN))).toBeUndefined();
    expect(parseLooseDate(20180226)).toBeUndefined();
  });
});

describe('normalizeBody', () => {
  it('keeps paragraphs, unifies line ends, trims and collapses runs of blank lines', () => {
    expect(normalizeBody('\uFEFF  First line.  \r\nSecond line.\r\n\r\n\r\n\r\nNext paragraph.\n\n')).toBe(
      'First line.\nSecond line.\n\nNext paragraph.',
    );
  });

  it('composes Unicode to NFC so that Xocalı spelled with combining marks equals the precomposed form', () => {
    const decomposed = 'Xocal\u0131 and Khojaly, Ca\u0301rdenas';
    expect(normalizeBody(decomposed)).toBe('Xocalı and Khojaly, Cárdenas');
  });
});

describe('buildReport', () => {
  it('leaves out empty optional fields', () => {
    expect(buildReport({ text: ' Body. ', title: '  ', source: '', url: undefined }, 'o')).toEqual({ text: 'Body.', origin: 'o' });
  });

  it('collapses white space in the title and source', () => {
    expect(buildReport({ text: 'Body.', title: ' A\n headline ', source: 'Trend\tNews' }, 'o')).toEqual({
      text: 'Body.',
      title: 'A headline',
      source: 'Trend News',
      origin: 'o',
    });
  });

  it('refuses an empty body', () => {
    expect(buildReport({ text: ' \n\n ' }, 'o')).toEqual({ origin: 'o', reason: expect.stringContaining('empty body') });
  });

  it('accepts a body of exactly the limit and refuses one byte more', () => {
    const atLimit = 'a'.repeat(MAX_BODY_BYTES);
    expect(buildReport({ text: atLimit }, 'o')).toMatchObject({ text: atLimit });
    const over = buildReport({ text: `${atLimit}b` }, 'o');
    expect(over).toEqual({ origin: 'o', reason: 'report body is 5,242,881 bytes, over the 5 MB limit (5,242,880 bytes)' });
  });

  it('counts the limit in UTF-8 bytes, not characters', () => {
    const text = 'ı'.repeat(MAX_BODY_BYTES / 2 + 1); // 2 bytes each
    expect(buildReport({ text }, 'o')).toHaveProperty('reason');
  });
});
