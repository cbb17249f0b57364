import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeBytes, formatForPath, parseContent, parseFile, sniffFormat } from '../../src/parse/parseFile';
import { formatParseError, MAX_BODY_BYTES } from '../../src/parse/ParseResult';
import { fixture, onlyReport } from './helpers';

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-parse-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function writeTmp(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(tmp, name);
  await fs.writeFile(file, content);
  return file;
}

describe('formatForPath', () => {
  it.each([
    ['a.txt', 'text'],
    ['a.TXT', 'text'],
    ['a.json', 'json'],
    ['a.jsonl', 'jsonl'],
    ['a.ndjson', 'jsonl'],
    ['a.md', 'markdown'],
    ['a.markdown', 'markdown'],
    ['a.html', 'html'],
    ['dir.v2/a.htm', 'html'],
    ['a.pdf', undefined],
    ['README', undefined],
  ])('%s → %s', (file, format) => {
    expect(formatForPath(file)).toBe(format);
  });
});

describe('parseFile', () => {
  it.each([
    ['text', 'trend-header.txt', 'Trend'],
    ['json', 'single.json', 'Trend'],
    ['markdown', 'post.md', 'Daily Sabah'],
    ['html', 'article.html', 'Caspian Business Daily'],
  ])('chooses the %s parser by extension', async (dir, name, source) => {
    const file = fixture(dir, name);
    const report = onlyReport(await parseFile(file));
    expect(report.origin).toBe(file);
    expect(report.source).toBe(source);
  });

  it('reads JSON Lines with per-line origins', async () => {
    const file = fixture('jsonl', 'batch.jsonl');
    const result = await parseFile(file);
    expect(result.reports.map((r) => r.origin)).toEqual([`${file}#1`, `${file}#4`]);
    expect(result.errors.map((e) => e.origin)).toEqual([`${file}#2`, `${file}#5`]);
  });

  it('reads a .ndjson file the same way', async () => {
    const file = await writeTmp('feed.ndjson', '{"body": "one"}\n{"body": "two"}\n');
    expect((await parseFile(file)).reports.map((r) => r.text)).toEqual(['one', 'two']);
  });

  it('gives one error naming a missing file', async () => {
    const missing = path.join(tmp, 'nope.txt');
    const result = await parseFile(missing);
    expect(result).toEqual({ reports: [], errors: [{ origin: missing, reason: 'no such file or directory' }] });
    expect(formatParseError(result.errors[0]!)).toBe(`${missing}: no such file or directory`);
  });

  it('gives one error for an unsupported extension, a directory and an empty file', async () => {
    const pdf = await writeTmp('report.pdf', 'x');
    expect((await parseFile(pdf)).errors).toEqual([{ origin: pdf, reason: expect.stringMatching(/^unsupported file extension \.pdf \(supported: .*\.txt/) }]);
    const dir = path.join(tmp, 'folder.txt');
    await fs.mkdir(dir, { recursive: true });
    expect((await parseFile(dir)).errors).toEqual([{ origin: dir, reason: 'is a directory, not a file' }]);
    const empty = await writeTmp('empty.md', '');
    expect((await parseFile(empty)).errors).toEqual([{ origin: empty, reason: 'empty file' }]);
  });

  it('gives one error for invalid UTF-8 and for binary content', async () => {
    const latin1 = await writeTmp('latin1.txt', Buffer.from('Caf\xe9 in Baku', 'latin1'));
    expect(await parseFile(latin1)).toEqual({
      reports: [],
      errors: [{ origin: latin1, reason: 'not valid UTF-8 text (save the file as UTF-8)' }],
    });
    const binary = await writeTmp('binary.txt', Buffer.from([0x48, 0x69, 0x00, 0x00, 0x01]));
    expect((await parseFile(binary)).errors).toEqual([{ origin: binary, reason: expect.stringContaining('binary') }]);
  });

  it('reads UTF-8 with a BOM and UTF-16 with a BOM', async () => {
    const bom = await writeTmp('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('date 2018-02-26 By Trend\n\nXocalı.', 'utf8')]));
    expect(onlyReport(await parseFile(bom))).toMatchObject({ source: 'Trend', text: 'Xocalı.' });
    const utf16 = await writeTmp('utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"body": "Xocalı"}', 'utf16le')]));
    expect(onlyReport(await parseFile(utf16)).text).toBe('Xocalı');
  });

  it('gives an error for a body over 5 MB and accepts other items of the same batch', async () => {
    const big = 'a '.repeat(MAX_BODY_BYTES / 2 + 10);
    const bigTxt = await writeTmp('big.txt', big);
    expect((await parseFile(bigTxt)).errors).toEqual([{ origin: bigTxt, reason: expect.stringMatching(/over the 5 MB limit/) }]);
    const batch = await writeTmp('big.jsonl', `${JSON.stringify({ body: big })}\n${JSON.stringify({ body: 'small' })}\n`);
    const result = await parseFile(batch);
    expect(result.errors).toEqual([{ origin: `${batch}#1`, reason: expect.stringMatching(/over the 5 MB limit/) }]);
    expect(result.reports.map((r) => r.text)).toEqual(['small']);
  });

  it('lets the caller force a format', async () => {
    const file = await writeTmp('feed.data.txt', '{"body": "forced json"}');
    expect(onlyReport(await parseFile(file, { format: 'json' })).text).toBe('forced json');
  });
});

describe('parseContent', () => {
  it('parses with the given format and origin', () => {
    expect(onlyReport(parseContent('{"body": "B"}', 'api#3', 'json'))).toEqual({ origin: 'api#3', text: 'B' });
    expect(onlyReport(parseContent('{"body": "B"}', 'stdin', 'text')).text).toBe('{"body": "B"}');
  });

  it.each([
    ['{"body": "x"}', 'json'],
    ['[{"body": "x"}]', 'json'],
    ['{"body": "x"}\n{"body": "y"}\n', 'jsonl'],
    ['{"body": "x"', 'json'],
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['  <html><p>x</p></html>', 'html'],
    ['---\ntitle: x\n---\nBody', 'markdown'],
    [' date 2018-02-26 By Trend\n\nBody', 'text'],
    ['Plain words.', 'text'],
  ])('sniffs %p as %s', (content, format) => {
    expect(sniffFormat(content)).toBe(format);
  });

  it('auto-detects by default', () => {
    const result = parseContent('{"body": "x"}\n{"body": "y"}\n', 'stdin');
    expect(result.reports.map((r) => r.origin)).toEqual(['stdin#1', 'stdin#2']);
  });

  it('reports an unknown format instead of throwing', () => {
    const format = 'pdf' as unknown as 'text';
    expect(parseContent('x', 'api', format)).toEqual({ reports: [], errors: [{ origin: 'api', reason: 'unknown format "pdf"' }] });
  });
});

describe('decodeBytes', () => {
  it('decodes UTF-8 and refuses malformed sequences', () => {
    expect(decodeBytes(Buffer.from('Xocalı', 'utf8'))).toEqual({ text: 'Xocalı' });
    expect(decodeBytes(Buffer.from([0xc3, 0x28]))).toHaveProperty('error');
  });
});
