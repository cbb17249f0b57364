import type { Command } from 'commander';
import { extractReport } from '../extract/extractReport';
import type { Extraction } from '../extract/types';
import { parseContent, parseFile } from '../parse/parseFile';
import type { ParseResult } from '../parse/ParseResult';
import type { CliIo } from './CliIo';
import { readStdin } from './readStdin';

/** A short human-readable account of an extraction (without --json). */
function describeExtraction(x: Extraction): string {
  const lines = [`${x.report.origin}: ${x.report.title}`, `  ${x.sentences.length} sentences`];
  for (const type of ['Person', 'Organization', 'Place', 'Event'] as const) {
    const names = x.entities.filter((e) => e.type === type).map((e) => e.name);
    if (names.length > 0) lines.push(`  ${type}: ${names.join('; ')}`);
  }
  const name = new Map(x.entities.map((e) => [e.key, e.name]));
  for (const r of x.relations) lines.push(`  ${name.get(r.subject) ?? r.subject} ${r.predicate}${r.qualifier ? ` (${r.qualifier})` : ''} ${name.get(r.object) ?? r.object}`);
  for (const f of x.figures) lines.push(`  figure: ${f.qualifier ? `${f.qualifier} ` : ''}${f.value} ${f.counts}`);
  return `${lines.join('\n')}\n`;
}

/**
 * `newsgraph extract <file|-> [--json]`: prints what the extraction stage finds in a report, without
 * touching the database. With --json: the Extraction object (a JSON array when the input holds
 * several reports). Returns the exit code: 1 when the input gave no report or any parse error.
 */
export async function runExtract(input: string, options: { json?: boolean }, io: CliIo): Promise<number> {
  const parsed: ParseResult = input === '-' ? parseContent(await readStdin(io.stdin), 'stdin', 'auto') : await parseFile(input);
  for (const e of parsed.errors) io.err(`newsgraph: ${e.origin}: ${e.reason}\n`);
  const extractions = parsed.reports.map((r) => extractReport(r));
  if (options.json === true) {
    const value = extractions.length === 1 ? extractions[0] : extractions;
    if (extractions.length > 0) io.out(`${JSON.stringify(value, null, 2)}\n`);
  } else {
    for (const x of extractions) io.out(describeExtraction(x));
  }
  return parsed.errors.length > 0 || extractions.length === 0 ? 1 : 0;
}

/** Adds `extract` to the program; `exit` receives the exit code. */
export function registerExtractCommand(program: Command, io: CliIo, exit: (code: number) => void): void {
  program
    .command('extract')
    .description('print what newsgraph extracts from one report, without touching the database')
    .argument('<file>', 'a report file (.txt .json .jsonl .md .html), or - for standard input')
    .option('--json', 'print the Extraction as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      exit(await runExtract(file, opts, io));
    });
}
