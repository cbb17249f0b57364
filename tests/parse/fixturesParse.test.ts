/**
 * Every report in tests/fixtures/reports (and the sample in data/sample) parses through parseFile,
 * has its hand-made gold file, and the gold file agrees with the parsed report: same publisher and
 * date, entity names that occur in the text, known predicates, and evidence quoted from the text.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseFile } from '../../src/parse/parseFile';
import type { Report } from '../../src/extract/types';

const REPORTS = path.join(__dirname, '..', 'fixtures', 'reports');
const SAMPLE = path.join(__dirname, '..', '..', 'data', 'sample', 'trend-2018-02-26-khojaly-cairo.txt');

const isGold = (name: string): boolean => name.endsWith('.gold.json');
const reportFiles = fs
  .readdirSync(REPORTS)
  .filter((name) => !isGold(name) && name !== 'README.md')
  .sort()
  .map((name) => path.join(REPORTS, name));

/** `name.txt` → `name`; `name.gold.json` / `name.2.gold.json` → `name`. */
const baseOf = (file: string): string => path.basename(file).replace(/(\.\d+)?\.gold\.json$/, '').replace(/\.[^.]+$/, '');

const PREDICATES = [
  /^holds role .+ at$/, /^head of$/, /^spoke at$/, /^organized$/, /^took place in$/, /^located in$/, /^stationed in$/,
  /^initiated$/, /^involves$/, /^commemorates$/, /^affiliated with$/, /^participated in$/, /^perpetrated$/,
];

interface Named { name: string; aliases?: string[] }
interface Gold {
  about: string;
  article: { source: string | null; published: string | null; title?: string };
  people: Named[];
  organizations: Named[];
  places: Named[];
  events: Named[];
  relations: Array<{ s: string; p: string; o: string; evidence: string }>;
}

/** Gold files for the reports of one input file: `<name>.gold.json`, or `<name>.<n>.gold.json` for item n. */
function goldPaths(file: string, count: number, multi: boolean): string[] {
  const base = path.join(path.dirname(file), baseOf(file));
  return multi ? Array.from({ length: count }, (_, n) => `${base}.${n}.gold.json`) : [`${base}.gold.json`];
}

/** Quoted evidence: every piece between " ... " occurs in the text, in order. */
function quotes(text: string, evidence: string): boolean {
  let from = 0;
  for (const piece of evidence.split(' ... ')) {
    const at = text.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

function checkGold(report: Report, gold: Gold): string[] {
  const problems: string[] = [];
  const text = report.text.toLowerCase();
  // `reported_figures` (optional, last): the report's figures in one list, also those tied to no event.
  const keys = ['about', 'article', 'people', 'organizations', 'places', 'events', 'relations'];
  expect(Object.keys(gold)).toEqual('reported_figures' in gold ? [...keys, 'reported_figures'] : keys);
  expect(report.source ?? null).toBe(gold.article.source);
  expect(report.publishedAt?.slice(0, 10) ?? null).toBe(gold.article.published);
  if (gold.article.title !== undefined) expect(report.title).toBe(gold.article.title);
  const listed = new Set<string>();
  for (const entity of [...gold.people, ...gold.organizations, ...gold.places]) {
    for (const form of [entity.name, ...(entity.aliases ?? [])]) {
      listed.add(form);
      if (!text.includes(form.toLowerCase()) && form !== gold.article.source) problems.push(`name not in text: ${form}`);
    }
  }
  for (const event of gold.events) listed.add(event.name);
  let previous: string | undefined;
  for (const r of gold.relations) {
    if (!PREDICATES.some((p) => p.test(r.p))) problems.push(`unknown predicate: ${r.p}`);
    const gazetteer = r.evidence.startsWith('general geography'); // may name a country the text does not
    for (const end of gazetteer ? [] : [r.s, r.o]) {
      if (!listed.has(end) && !text.includes(end.toLowerCase())) problems.push(`relation end neither listed nor in text: ${end}`);
    }
    if (r.evidence.startsWith('same sentence')) {
      if (previous === undefined) problems.push(`"same sentence" with no sentence before: ${r.s} ${r.p} ${r.o}`);
    } else if (!gazetteer) {
      if (!quotes(report.text, r.evidence)) problems.push(`evidence not quoted from the text: ${r.evidence}`);
      previous = r.evidence;
    }
  }
  return problems;
}

describe('fixture reports', () => {
  it('has at least 10 report files, and no gold file without its report', () => {
    expect(reportFiles.length).toBeGreaterThanOrEqual(10);
    const bases = new Set(reportFiles.map(baseOf));
    const orphans = fs.readdirSync(REPORTS).filter((name) => isGold(name) && !bases.has(baseOf(name)));
    expect(orphans).toEqual([]);
  });

  it.each([...reportFiles, SAMPLE].map((file) => [path.basename(file), file]))(
    '%s parses, has its gold file(s), and agrees with them',
    async (_name, file) => {
      const result = await parseFile(file);
      expect(result.errors).toEqual([]);
      expect(result.reports.length).toBeGreaterThan(0);
      const multi = /\.(jsonl|ndjson)$/.test(file) || (file.endsWith('.json') && fs.readFileSync(file, 'utf8').trimStart().startsWith('['));
      const golds = goldPaths(file, result.reports.length, multi);
      // No gold file for an item that is not there.
      const extra = `${path.join(path.dirname(file), baseOf(file))}.${result.reports.length}.gold.json`;
      expect(fs.existsSync(extra)).toBe(false);
      result.reports.forEach((report, n) => {
        expect(report.text.trim()).not.toBe('');
        const goldFile = golds[n] ?? '';
        expect(fs.existsSync(goldFile)).toBe(true);
        const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as Gold;
        expect(checkGold(report, gold)).toEqual([]);
      });
    },
  );
});
