import { buildDocument } from '../../src/extract/buildDocument';
import { findDates } from '../../src/extract/findDates';

function dates(text: string, publishedAt?: string) {
  return findDates(buildDocument(text), publishedAt).map((d) => ({ text: d.text, ...d.span }));
}

describe('Dates: findDates', () => {
  it('resolves "N years ago" against the publication date, to the year', () => {
    expect(dates('The attack took place 30 years ago.', '2020-03-01')).toEqual([
      { text: '30 years ago', start: '1990-01-01', end: '1990-12-31', precision: 'year' },
    ]);
  });

  it('reads a day range with an abbreviated month', () => {
    expect(dates('On Mar. 3-4, 2001, the talks resumed.', '2020-03-01')).toEqual([
      { text: 'Mar. 3-4, 2001', start: '2001-03-03', end: '2001-03-04', precision: 'day' },
    ]);
  });

  it('reads bare years after a preposition or before a noun', () => {
    const found = dates('The war began in 1975. The 1999 accord ended it.', '2020-03-01');
    expect(found.map((d) => [d.text, d.start, d.precision])).toEqual([
      ['1975', '1975-01-01', 'year'],
      ['1999', '1999-01-01', 'year'],
    ]);
  });

  it('reads a month and year with month precision', () => {
    expect(dates('It was signed in May 1994.', '2020-03-01')).toEqual([
      { text: 'May 1994', start: '1994-05-01', end: '1994-05-31', precision: 'month' },
    ]);
  });

  it('does not take counts for years', () => {
    expect(dates('Some 1,275 people and 613 others were there.', '2020-03-01')).toEqual([]);
  });

  it('skips relative dates when the publication date is unknown', () => {
    expect(dates('It happened 26 years ago, in 1992.')).toEqual([
      { text: '1992', start: '1992-01-01', end: '1992-12-31', precision: 'year' },
    ]);
  });
});
