import * as fs from 'fs';
import { parseMarkdown } from '../../src/parse/parseMarkdown';
import { fixture, onlyReport } from './helpers';

const read = (name: string): string => fs.readFileSync(fixture('markdown', name), 'utf8');

describe('parseMarkdown', () => {
  it('reads front matter and turns the Markdown body into plain text', () => {
    const report = onlyReport(parseMarkdown(read('post.md'), 'post.md'));
    expect(report).toMatchObject({
      origin: 'post.md',
      title: 'Students mark anniversary in Ankara',
      source: 'Daily Sabah',
      publishedAt: '2019-02-26',
      url: 'https://example.org/ankara-students',
    });
    expect(report.text).toBe(
      [
        'Students from Azerbaijan gathered at Ankara University on Tuesday.',
        '"We remember," one student said.',
        'Organizers listed three aims:',
        'to inform fellow students,',
        'to collect signatures, and',
        'to hold a photo exhibition.',
        'The event ended with a minute of silence.\nFlowers were laid.',
      ].join('\n\n'),
    );
  });

  it('leaves no Markdown syntax or link targets in the text', () => {
    const { text } = onlyReport(parseMarkdown(read('post.md'), 'post.md'));
    expect(text).not.toMatch(/[*#>\[\]]|\]\(|https?:|crowd\.jpg|<br>/);
  });

  it('takes a leading # heading as the title when there is no front matter, and reads tables, code and HTML blocks', () => {
    const report = onlyReport(parseMarkdown(read('heading-title.md'), 'h.md'));
    expect(report).toEqual({
      origin: 'h.md',
      title: 'Library opens in Ganja',
      text: 'Officials opened a new library in Ganja on Monday.\n\nFloor\tRooms\n1\t4\n\nOpening hours: 9 to 18 & weekends.',
    });
  });

  it('keeps a leading heading that differs from the front-matter title', () => {
    const report = onlyReport(parseMarkdown('---\ntitle: Front title\n---\n# Other heading\n\nBody.', 'o'));
    expect(report.title).toBe('Front title');
    expect(report.text).toBe('Other heading\n\nBody.');
  });

  it('reads JSON front matter and a quoted date string', () => {
    const report = onlyReport(parseMarkdown('---json\n{"title": "J", "published": "Feb. 26, 2018"}\n---\nBody.', 'o'));
    expect(report).toEqual({ origin: 'o', title: 'J', publishedAt: '2018-02-26', text: 'Body.' });
  });

  it('reads plain Markdown without front matter', () => {
    expect(onlyReport(parseMarkdown('Just _one_ paragraph.', 'o'))).toEqual({ origin: 'o', text: 'Just one paragraph.' });
  });

  it('gives an error for invalid YAML front matter', () => {
    const result = parseMarkdown(read('bad-front-matter.md'), 'bad.md');
    expect(result.reports).toEqual([]);
    expect(result.errors).toEqual([{ origin: 'bad.md', reason: expect.stringMatching(/^invalid front matter: /) }]);
  });

  it('refuses JavaScript front matter and never evaluates it', () => {
    const g = globalThis as { __frontMatterEvaluated?: boolean };
    delete g.__frontMatterEvaluated;
    const result = parseMarkdown(read('js-front-matter.md'), 'js.md');
    expect(result.reports).toEqual([]);
    expect(result.errors).toEqual([{ origin: 'js.md', reason: expect.stringContaining('not accepted') }]);
    expect(g.__frontMatterEvaluated).toBeUndefined();
  });

  it('gives an error for front matter that is not key: value pairs, or has a wrong type', () => {
    expect(parseMarkdown('---\n- a\n- b\n---\nBody.', 'l').errors).toEqual([
      { origin: 'l', reason: 'invalid front matter: expected key: value pairs' },
    ]);
    expect(parseMarkdown('---\ntitle: [a, b]\n---\nBody.', 't').errors).toEqual([
      { origin: 't', reason: 'invalid front matter: field "title" must be a string, not an array' },
    ]);
  });

  it('gives an error when only front matter is there', () => {
    expect(parseMarkdown(read('front-matter-only.md'), 'f.md').errors).toEqual([
      { origin: 'f.md', reason: 'empty body: no report text found' },
    ]);
  });

  it('does not return a stale result for the same content parsed twice (gray-matter cache)', () => {
    const content = '---\ntitle: Same\n---\nBody.';
    const first = onlyReport(parseMarkdown(content, 'one'));
    const second = onlyReport(parseMarkdown(content, 'two'));
    expect(first.origin).toBe('one');
    expect(second.origin).toBe('two');
  });
});
