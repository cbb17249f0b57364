import { splitSentences } from '../../src/extract/splitSentences';
import { tokenize } from '../../src/extract/tokenize';

describe('Sentences: splitSentences', () => {
  it('does not split after month short forms such as "Feb."', () => {
    const s = splitSentences('On Feb. 25-26, 1992, the town was attacked. Many fled.');
    expect(s.map((x) => x.text)).toEqual(['On Feb. 25-26, 1992, the town was attacked.', 'Many fled.']);
  });

  it('does not split after titles and initials', () => {
    const s = splitSentences('Mr. Smith met Dr. J. Brown in the capital. They talked.');
    expect(s).toHaveLength(2);
    expect(s[0]?.text).toBe('Mr. Smith met Dr. J. Brown in the capital.');
  });

  it('gives offsets that point back into the text', () => {
    const text = 'First one here.  Second one, "quoted." Third!';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text).map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it('ends a sentence at a blank line even without a full stop', () => {
    const s = splitSentences('A headline without a stop\n\nThe body starts here.');
    expect(s.map((x) => x.text)).toEqual(['A headline without a stop', 'The body starts here.']);
  });

  it('keeps closing quotes with the sentence they close', () => {
    const s = splitSentences('He said: "We will stay." Then he left.');
    expect(s[0]?.text).toBe('He said: "We will stay."');
  });

  it('returns nothing for empty text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('Sentences: tokenize', () => {
  it('keeps hyphenated names, dotted acronyms and numbers with separators whole', () => {
    const t = tokenize('The U.S. envoy visited Nagorno-Karabakh; 1,275 people and the 366th unit.').map((x) => x.text);
    expect(t).toEqual(expect.arrayContaining(['U.S.', 'Nagorno-Karabakh', '1,275', '366th']));
  });

  it("splits the possessive 's from its name", () => {
    const t = tokenize("Armenia's ministry").map((x) => x.text);
    expect(t.slice(0, 2)).toEqual(['Armenia', "'s"]);
  });
});
