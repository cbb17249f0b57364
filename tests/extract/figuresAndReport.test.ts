import { contentHash } from '../../src/extract/contentHash';
import { deriveTitle } from '../../src/extract/deriveTitle';
import { splitSentences } from '../../src/extract/splitSentences';
import { extract } from './helpers';

describe('Figures: findFigures', () => {
  const x = extract(
    'The Velmora massacre shocked the region. As many as 210 people, including 40 children, were killed in the massacre. Eight families were totally exterminated. Some 1,275 residents were taken hostage.',
  );

  it('reads digits and number words with what they count', () => {
    expect(x.figures.map((f) => [f.value, f.counts])).toEqual([
      [210, 'people killed'],
      [40, 'children killed'],
      [8, 'families totally exterminated'],
      [1275, 'residents taken hostage'],
    ]);
  });

  it('keeps the qualifier and attaches figures to the event of the paragraph', () => {
    expect(x.figures[0]?.qualifier).toBe('as many as');
    expect(x.figures[3]?.qualifier).toBe('some');
    const massacre = x.entities.find((e) => e.type === 'Event');
    expect(x.figures.every((f) => f.event === massacre?.key)).toBe(true);
  });

  it('gives offsets that point at the figure text', () => {
    for (const f of x.figures) expect(x.report.text.slice(f.start, f.end)).toBe(f.text);
  });

  it('reads vague counts such as "hundreds of"', () => {
    const y = extract('Hundreds of residents fled the town.');
    expect(y.figures[0]).toMatchObject({ value: 100, qualifier: 'hundreds' });
  });
});

describe('Report: title, hash and shape', () => {
  it('derives the title from the first sentence', () => {
    expect(deriveTitle(splitSentences('A short first sentence. A second one.'))).toBe('A short first sentence');
    const long = `${'word '.repeat(60)}end.`;
    expect(deriveTitle(splitSentences(long)).length).toBeLessThanOrEqual(121);
  });

  it('hashes the whitespace-normalised text', () => {
    expect(contentHash('a  b\n c ')).toBe(contentHash('a b c'));
    expect(contentHash('a b c')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps the given title and metadata, and offsets of mentions match the text', () => {
    const x = extract('Ambassador Maria Lopez visited Lima on Monday.', { title: 'Visit', source: 'Example Wire', url: 'https://example.org/a' });
    expect(x.report).toMatchObject({ title: 'Visit', source: 'Example Wire', publishedAt: '2020-06-15', url: 'https://example.org/a', origin: 'test' });
    for (const e of x.entities) for (const m of e.mentions) expect(x.report.text.slice(m.start, m.end)).toBe(m.text);
    for (const d of x.dates) expect(x.report.text.slice(d.start, d.end)).toBe(d.text);
  });

  it('handles an empty text', () => {
    const x = extract('');
    expect(x.sentences).toEqual([]);
    expect(x.entities).toEqual([]);
  });
});
