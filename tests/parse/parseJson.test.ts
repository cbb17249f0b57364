import * as fs from 'fs';
import { parseJson } from '../../src/parse/parseJson';
import { parseJsonLines } from '../../src/parse/parseJsonLines';
import { fixture, onlyReport } from './helpers';

const read = (...parts: string[]): string => fs.readFileSync(fixture(...parts), 'utf8');

describe('parseJson', () => {
  it('reads one report object', () => {
    expect(onlyReport(parseJson(read('json', 'single.json'), 's.json'))).toEqual({
      origin: 's.json',
      title: 'Embassy holds reception in Cairo',
      text: 'The Embassy of Azerbaijan in Cairo held a reception on Monday.\n\nDiplomats from ten countries attended.',
      url: 'https://example.org/cairo-reception',
      source: 'Trend',
      publishedAt: '2018-02-26',
    });
  });

  it('accepts synonyms: text, headline, published, publisher {name}, link', () => {
    expect(onlyReport(parseJson(read('json', 'synonyms.json'), 'syn.json'))).toEqual({
      origin: 'syn.json',
      title: 'Council approves budget',
      text: 'The city council approved the budget on Thursday.',
      publishedAt: '2019-03-07',
      source: 'Springfield Gazette',
      url: 'https://example.org/budget',
    });
  });

  it('prefers body over text when both are present', () => {
    const report = onlyReport(parseJson('{"body": "From body.", "text": "From text.", "date": "2019-01-02"}', 'o'));
    expect(report.text).toBe('From body.');
    expect(report.publishedAt).toBe('2019-01-02');
  });

  it('reads an array item by item: good items are reports, bad items are errors with their index', () => {
    const result = parseJson(read('json', 'array.json'), 'a.json');
    expect(result.reports).toEqual([
      { origin: 'a.json#0', title: 'First item', text: 'The first report body.', publishedAt: '2019-05-01' },
      { origin: 'a.json#3', text: 'The fourth report body.', source: 'APA' },
    ]);
    expect(result.errors).toEqual([
      { origin: 'a.json#1', reason: 'no report text: expected a "body" (or "text") field' },
      { origin: 'a.json#2', reason: 'expected a JSON object with a "body" field, got a string' },
    ]);
  });

  it('gives one error, with the position, for invalid JSON', () => {
    const result = parseJson(read('json', 'broken.json'), 'broken.json');
    expect(result.reports).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.origin).toBe('broken.json');
    expect(result.errors[0]?.reason).toMatch(/^invalid JSON: .*\(line 4, column 1\)$/);
  });

  it('rejects wrong field types, an empty array, a scalar and empty input', () => {
    expect(parseJson(read('json', 'wrong-types.json'), 'w').errors).toEqual([
      { origin: 'w', reason: 'field "title" must be a string, not an array' },
    ]);
    expect(parseJson('{"body": 42}', 'n').errors).toEqual([{ origin: 'n', reason: 'field "body" must be a string, not a number' }]);
    expect(parseJson('[]', 'e').errors).toEqual([{ origin: 'e', reason: 'the JSON array holds no reports' }]);
    expect(parseJson('"text"', 's').errors).toEqual([
      { origin: 's', reason: 'expected a JSON object with a "body" field, got a string' },
    ]);
    expect(parseJson('  \n', 'b').errors).toEqual([{ origin: 'b', reason: 'empty input: no JSON found' }]);
    expect(parseJson('{"body": "   "}', 'ws').errors).toEqual([{ origin: 'ws', reason: 'empty body: no report text found' }]);
  });

  it('writes a numeric title out and ignores an unreadable date', () => {
    const report = onlyReport(parseJson('{"title": 1992, "body": "B.", "date": "sometime in spring"}', 'o'));
    expect(report).toEqual({ origin: 'o', title: '1992', text: 'B.' });
  });
});

describe('parseJsonLines', () => {
  it('reads each line; a broken line is one error and the others go on', () => {
    const result = parseJsonLines(read('jsonl', 'batch.jsonl'), 'b.jsonl');
    expect(result.reports).toEqual([
      { origin: 'b.jsonl#1', title: 'Line one', text: 'First report in the batch.', source: 'Trend', publishedAt: '2019-02-25' },
      { origin: 'b.jsonl#4', title: 'Line four', text: 'Fourth line, after a blank line.', publishedAt: '2019-02-26T09:30:00Z' },
    ]);
    expect(result.errors).toHaveLength(2);
    expect(result.errors[0]).toEqual({ origin: 'b.jsonl#2', reason: expect.stringMatching(/^invalid JSON: /) });
    expect(result.errors[1]).toEqual({ origin: 'b.jsonl#5', reason: 'expected a JSON object with a "body" field, got an array' });
  });

  it('handles CRLF line ends', () => {
    const result = parseJsonLines('{"body": "one"}\r\n{"body": "two"}\r\n', 'c');
    expect(result.reports.map((r) => [r.origin, r.text])).toEqual([
      ['c#1', 'one'],
      ['c#2', 'two'],
    ]);
  });

  it('gives an error for a batch with no lines', () => {
    expect(parseJsonLines(read('jsonl', 'blank.jsonl'), 'x')).toEqual({
      reports: [],
      errors: [{ origin: 'x', reason: 'empty input: no JSON lines found' }],
    });
  });
});
