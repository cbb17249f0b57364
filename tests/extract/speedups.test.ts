/**
 * Behaviour that the faster code paths must keep: the hand-written tokenizer gives the tokens its
 * pattern defines (also around characters outside ASCII), chrono's "end of <period>" refiner still
 * applies when it only reads each date's own window, and the content hash folds white space as before.
 */
import { buildDocument } from '../../src/extract/buildDocument';
import { contentHash } from '../../src/extract/contentHash';
import { findDates } from '../../src/extract/findDates';
import { spanKey, spanText } from '../../src/extract/spanText';
import { normalizeName } from '../../src/extract/normalizeName';
import { tokenize } from '../../src/extract/tokenize';
import { extract, names } from './helpers';

// The token grammar, as `tokenize` documents it.
const TOKEN =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}{3})*(?:\.\p{N}+)?(?:st|nd|rd|th)?|\S/gu;

/** Token texts and offsets by the plain pattern (possessive 's split off), for comparison. */
function byPattern(text: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const poss = raw.length > 2 ? /^(.+?)(['’][sS])$/u.exec(raw) : null;
    if (poss && poss[1] !== undefined && poss[2] !== undefined) {
      out.push([poss[1], m.index ?? 0], [poss[2], (m.index ?? 0) + poss[1].length]);
    } else out.push([raw, m.index ?? 0]);
  }
  return out;
}

describe('Speed-ups keep behaviour: tokenize', () => {
  const samples = [
    'The U.S. envoy visited Nagorno-Karabakh; 1,275 people and the 366th unit.',
    'Kırşehir’s mayor met Ə. Ədalət in Ağdaş on 26.02.1992 — “a 2.5-hour talk”…',
    'Café-owners in Zürich, São Paulo and Łódź paid 1.234.567,89 euros (U.N.E.S.C.O.)',
    'Rock-’n’-roll, don\'t, O’Brien\'s, 3rd, 21st-century, 4thousand, 10,00, 1,2345 and 7.x',
    'Tabs\tand\u00a0no-break\u2003spaces, zero\u200bwidth, ½ and ² and ٣ digits, emoji 😀 here.',
    "A.B. C.d. E.É. É.F. U.S.’ and 'quoted' words-",
  ];
  it.each(samples)('gives the same tokens as the token pattern: %s', (text) => {
    expect(tokenize(text).map((t) => [t.text, t.start])).toEqual(byPattern(text));
  });

  it('tokenizes only from `from`, and stops before tokens starting at or after `to`', () => {
    const text = 'One two three four';
    expect(tokenize(text, 4, 9).map((t) => t.text)).toEqual(['two', 'three']);
  });
});

describe('Speed-ups keep behaviour: spanKey', () => {
  it('equals normalizeName of the span text, for one token and for several', () => {
    const doc = buildDocument("The Guinea-Bissau envoy's visit to São Tomé");
    for (let s = 0; s < doc.tokens.length; s += 1) {
      for (let e = s + 1; e <= doc.tokens.length; e += 1) expect(spanKey(doc, s, e)).toBe(normalizeName(spanText(doc, s, e)));
    }
  });
});

describe('Speed-ups keep behaviour: dates at the end of a period', () => {
  it('moves "end of" and "last day of" dates to the last day, after other dates in the report', () => {
    const doc = buildDocument('Talks began on Monday, 3 May 2001. The fund runs out at the end of March 2019. It closed on the last day of February. The mission ends at the end of this year.');
    const found = findDates(doc, '2019-02-26').map((d) => [d.text, d.span.start, d.span.precision]);
    expect(found).toEqual([
      ['Monday, 3 May 2001', '2001-05-03', 'day'],
      ['end of March 2019', '2019-03-31', 'day'],
      ['last day of February', '2019-02-28', 'day'],
      ['end of this year', '2019-12-31', 'day'],
    ]);
  });
});

describe('Speed-ups keep behaviour: contentHash', () => {
  it('folds every run of white space to one space and trims the ends', () => {
    expect(contentHash(' a \t b\n\nc\u00a0 d  ')).toBe(contentHash('a b c d'));
    expect(contentHash('a b')).not.toBe(contentHash('ab'));
  });
});

describe('Speed-ups keep behaviour: organisation names and places', () => {
  it('does not take the first words of an organisation found in the report for a place', () => {
    const x = extract('Students of the Velmora State University protested. Many came from Velmora State and from Lima.');
    expect(names(x, 'Place')).not.toContain('Velmora State');
  });
});
