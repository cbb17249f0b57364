import * as fs from 'fs';
import { parseHtml } from '../../src/parse/parseHtml';
import { fixture, onlyReport } from './helpers';

const read = (name: string): string => fs.readFileSync(fixture('html', name), 'utf8');

describe('parseHtml', () => {
  const article = (): ReturnType<typeof onlyReport> => onlyReport(parseHtml(read('article.html'), 'a.html'));

  it('takes title, date, canonical url and site name from the meta tags', () => {
    expect(article()).toMatchObject({
      origin: 'a.html',
      title: 'Caspian ferry line reopens after two-year pause',
      publishedAt: '2019-04-15T08:30:00+04:00',
      url: 'https://example.org/news/ferry-line-reopens',
      source: 'Caspian Business Daily',
    });
  });

  it('keeps the article paragraphs and drops navigation, ads, related links, share bar and footer', () => {
    const { text } = article();
    const paragraphs = text.split('\n\n');
    expect(paragraphs[0]).toBe(
      'The ferry line between Baku and Aktau resumed service on Monday after a two-year pause, the operator said in a statement.',
    );
    expect(text).toContain('Officials from both countries attended a ceremony at the Port of Baku.\nThey said the route would run twice a week.');
    expect(paragraphs[paragraphs.length - 1]).toBe(
      'The operator said it planned to add a third vessel to the route by the end of the year if demand kept growing at the current pace.',
    );
    for (const boilerplate of ['Subscribe', 'Advertisement', 'Related stories', 'Share on', 'All rights reserved', 'font-family', '__pageScriptRan']) {
      expect(text).not.toContain(boilerplate);
    }
    expect(text).not.toMatch(/<[a-z]/i);
    expect(text.startsWith('Caspian ferry line reopens')).toBe(false);
  });

  it('does not run page scripts', () => {
    expect(article().text).toContain('Middle Corridor'); // the inline script would have emptied the body
  });

  it('falls back to <title> and JSON-LD (@graph, publisher, url) when there are no meta tags', () => {
    expect(onlyReport(parseHtml(read('minimal.html'), 'm.html'))).toEqual({
      origin: 'm.html',
      title: 'Library opens in Ganja',
      source: 'Ganja Today',
      publishedAt: '2019-06-03',
      url: 'https://example.org/ganja-library',
      text: 'Officials opened a new library in Ganja on Monday. The building houses 40,000 books.',
    });
  });

  it('gives an error for a page with no article text', () => {
    expect(parseHtml(read('no-text.html'), 'n.html')).toEqual({
      reports: [],
      errors: [{ origin: 'n.html', reason: 'empty body: no report text found' }],
    });
  });

  it('gives an error for empty input and survives broken markup', () => {
    expect(parseHtml('  ', 'e').errors).toEqual([{ origin: 'e', reason: 'empty input: the file holds no HTML' }]);
    const report = onlyReport(parseHtml('<p>Unclosed <b>bold <i>text<p>Second', 'b'));
    expect(report.text).toBe('Unclosed bold text\n\nSecond');
  });

  it('ignores broken JSON-LD and resolves a relative canonical link against og:url', () => {
    const html =
      '<html><head><script type="application/ld+json">{broken</script>' +
      '<link rel="canonical" href="/x/1"><meta property="og:url" content="https://example.org/y/2">' +
      '<meta name="date" content="26 February 2018"></head><body><p>Body text.</p></body></html>';
    expect(onlyReport(parseHtml(html, 'o'))).toEqual({
      origin: 'o',
      url: 'https://example.org/x/1',
      publishedAt: '2018-02-26',
      text: 'Body text.',
    });
  });
});
