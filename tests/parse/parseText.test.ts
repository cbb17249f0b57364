import * as fs from 'fs';
import * as path from 'path';
import { parseText } from '../../src/parse/parseText';
import { fixture, onlyReport } from './helpers';

const read = (name: string): string => fs.readFileSync(fixture('text', name), 'utf8');

describe('parseText', () => {
  it('reads the Trend wire layout: " date YYYY-MM-DD By Publisher", body, closing ---', () => {
    const report = onlyReport(parseText(read('trend-header.txt'), 'trend.txt'));
    expect(report).toEqual({
      origin: 'trend.txt',
      source: 'Trend',
      publishedAt: '2019-03-04',
      text:
        'Baku hosted a conference on water management in the Caspian region, the organizers told Trend.\n\n' +
        'The two-day event brought together experts from five countries.',
    });
  });

  it('parses the real sample report exactly as its gold file describes the article', () => {
    const sample = path.join(__dirname, '..', '..', 'data', 'sample', 'trend-2018-02-26-khojaly-cairo.txt');
    const report = onlyReport(parseText(fs.readFileSync(sample, 'utf8'), 'sample'));
    expect(report.source).toBe('Trend');
    expect(report.publishedAt).toBe('2018-02-26');
    expect(report.title).toBeUndefined();
    expect(report.text.startsWith('A series of events was organized in Egypt')).toBe(true);
    expect(report.text.endsWith('withdrawal of its armed forces from the Nagorno-Karabakh and the surrounding districts.')).toBe(true);
    expect(report.text).not.toMatch(/date 2018|---/);
    expect(report.text.split('\n\n')).toHaveLength(11);
  });

  it('treats a file with no header as just text (CRLF line ends normalised)', () => {
    const report = onlyReport(parseText(read('no-header.txt'), 'plain.txt'));
    expect(report).toEqual({
      origin: 'plain.txt',
      text: 'Officials in Ganja opened a new library on Monday.\n\nThe building houses 40,000 books.',
    });
  });

  it('does not take a first short line for a headline when there is no header', () => {
    const report = onlyReport(parseText('Khojaly remembered in Cairo\n\nThe embassy held an event.', 'o'));
    expect(report.title).toBeUndefined();
    expect(report.text).toBe('Khojaly remembered in Cairo\n\nThe embassy held an event.');
  });

  it('reads a Title/Source/Date/URL header block', () => {
    const report = onlyReport(parseText(read('key-value-header.txt'), 'kv.txt'));
    expect(report).toMatchObject({
      title: 'Port of Baku expands ferry terminal',
      source: 'Caspian Business Daily',
      publishedAt: '2019-03-12',
      url: 'https://example.org/port-of-baku-ferry',
    });
    expect(report.text.startsWith('The Port of Baku said on Tuesday')).toBe(true);
  });

  it('reads "By Publisher — date", then a headline line, and drops a closing *** separator', () => {
    const report = onlyReport(parseText(read('byline-then-headline.txt'), 'by.txt'));
    expect(report).toEqual({
      origin: 'by.txt',
      source: 'AzerNews',
      publishedAt: '2019-02-26',
      title: 'Diaspora groups hold vigil in Istanbul',
      text:
        'Members of diaspora organizations gathered in Istanbul on Tuesday evening.\nThey laid flowers at a memorial.\n\n' +
        'Speakers called for the anniversary to be remembered.',
    });
  });

  it.each([
    ['date 2018-02-26 By Trend', 'Trend', '2018-02-26'],
    ['  Date: 2018-02-26 by Trend News Agency.', 'Trend News Agency', '2018-02-26'],
    ['2018-02-26 | By APA', 'APA', '2018-02-26'],
    ['Feb. 26, 2018 by AzerTag', 'AzerTag', '2018-02-26'],
    ['By Report.az, 26 February 2018', 'Report.az', '2018-02-26'],
    ['By News.am | date 2018-02-27', 'News.am', '2018-02-27'],
    ['Published 26.02.2018 by Armenpress', 'Armenpress', '2018-02-26'],
  ])('reads the byline %p', (line, source, date) => {
    const report = onlyReport(parseText(`${line}\n\nBody sentence one. Body sentence two.\n`, 'o'));
    expect(report.source).toBe(source);
    expect(report.publishedAt).toBe(date);
    expect(report.text).toBe('Body sentence one. Body sentence two.');
  });

  it('reads "Published: date — Publisher" and "Published 3 May 2021 - Publisher" headers', () => {
    const a = onlyReport(parseText('Published: 21 August 2025 — Velmora Herald\n\nFloods closed roads on Monday.\n', 'a.txt'));
    expect(a).toMatchObject({ source: 'Velmora Herald', publishedAt: '2025-08-21', text: 'Floods closed roads on Monday.' });
    const b = onlyReport(parseText('Published 3 May 2021 - Orlen Post\n\nFloods closed roads on Monday.\n', 'b.txt'));
    expect(b).toMatchObject({ source: 'Orlen Post', publishedAt: '2021-05-03' });
  });

  it('reads a bare "By Publisher" line only when it stands alone', () => {
    expect(onlyReport(parseText('By Trend\n\nThe body.', 'o'))).toEqual({ origin: 'o', source: 'Trend', text: 'The body.' });
    const prose = onlyReport(parseText('By the end of the year the port will reopen.\n\nMore text.', 'o'));
    expect(prose.source).toBeUndefined();
    expect(prose.text.startsWith('By the end of the year')).toBe(true);
  });

  it('keeps a first paragraph that ends like a sentence in the text, not as a headline', () => {
    const report = onlyReport(parseText('date 2018-02-26 By Trend\n\n"We remember," he said.\n\nMore.', 'o'));
    expect(report.title).toBeUndefined();
    expect(report.text).toBe('"We remember," he said.\n\nMore.');
  });

  it('keeps a --- line in the middle of a single report', () => {
    const report = onlyReport(parseText('date 2018-02-26 By Trend\n\nPart one.\n---\nPart two.\n---\n', 'o'));
    expect(report.text).toBe('Part one.\n---\nPart two.');
  });

  it('splits concatenated reports when every part has a header', () => {
    const result = parseText(read('concatenated.txt'), 'feed.txt');
    expect(result.errors).toEqual([]);
    expect(result.reports).toEqual([
      { origin: 'feed.txt#0', source: 'Trend', publishedAt: '2020-01-10', text: 'Azerbaijan and Georgia signed a transport agreement in Tbilisi.' },
      { origin: 'feed.txt#1', source: 'APA', publishedAt: '2020-01-11', text: 'The agreement covers rail freight between Baku and Tbilisi.' },
    ]);
  });

  it('gives an error for a header with no body', () => {
    expect(parseText(read('header-only.txt'), 'h.txt')).toEqual({
      reports: [],
      errors: [{ origin: 'h.txt', reason: 'empty body: no report text found' }],
    });
  });

  it('gives an error for blank input', () => {
    expect(parseText(read('blank.txt'), 'b.txt')).toEqual({
      reports: [],
      errors: [{ origin: 'b.txt', reason: 'empty input: the file holds no text' }],
    });
  });

  it('ignores an impossible date in a byline but keeps the body', () => {
    const report = onlyReport(parseText('date 2018-02-31 By Trend\n\nBody.', 'o'));
    expect(report.publishedAt).toBeUndefined();
    expect(report.text).toBe('date 2018-02-31 By Trend\n\nBody.');
  });
});
