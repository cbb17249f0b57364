import os from 'node:os';
import { Command, InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import { openGraph, type OpenGraph } from '../bootstrap/openGraph';
import { loadConfig } from '../config/config';
import type { Report } from '../extract/types';
import { ingestFiles } from '../ingest/ingestFiles';
import type { IngestOutcome } from '../ingest/IngestOutcome';
import { summarizeOutcomes } from '../ingest/summarizeOutcomes';
import { parseContent } from '../parse/parseFile';
import type { ParseError } from '../parse/ParseResult';
import type { CliIo } from './CliIo';
import { formatSummary } from './formatSummary';
import { readStdin } from './readStdin';

/** Options of `newsgraph ingest`. */
export interface IngestCommandOptions {
  concurrency: number;
  batchSize: number;
  workers: number;
}

function intFrom(min: number, max: number): (raw: string) => number {
  return (raw) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected an integer from ${min} to ${max}`);
    return n;
  };
}

/** Extraction worker threads by default: the cores left after the main thread and the database. */
export function defaultWorkers(cores = os.availableParallelism()): number {
  return Math.max(0, Math.min(8, cores - 2));
}

function describe(o: IngestOutcome): string {
  if (o.status === 'failed') return `failed     ${o.origin}: ${o.reason ?? ''}`;
  if (o.status === 'unchanged') return `unchanged  ${o.origin}`;
  return `created    ${o.origin} (${o.entitiesCreated} new, ${o.entitiesMerged} merged, ${o.claims} claims)`;
}

/**
 * `newsgraph ingest <files|folders|->`: parses, extracts, resolves and writes every report; shows
 * progress on stderr (a bar on a terminal, one line per report otherwise) and prints a summary.
 * Returns the exit code: 1 when any input failed.
 */
export async function runIngest(inputs: string[], options: IngestCommandOptions, io: CliIo, open: () => Promise<OpenGraph> = () => openGraph(loadConfig(), (l) => io.err(`newsgraph: ${l}\n`))): Promise<number> {
  const paths = inputs.filter((i) => i !== '-');
  let stdinReports: Report[] = [];
  let stdinErrors: ParseError[] = [];
  if (inputs.includes('-')) {
    const parsed = parseContent(await readStdin(io.stdin), 'stdin', 'auto');
    stdinReports = parsed.reports;
    stdinErrors = parsed.errors;
  }
  const graph = await open();
  const started = performance.now();
  let bar: cliProgress.SingleBar | undefined;
  try {
    const outcomes = await ingestFiles(graph.db, paths, {
      concurrency: options.concurrency,
      batchSize: options.batchSize,
      workers: options.workers,
      extraReports: stdinReports,
      extraErrors: stdinErrors,
      onProgress: ({ done, total, outcome }) => {
        if (io.errIsTty) {
          if (bar === undefined) {
            bar = new cliProgress.SingleBar(
              { format: 'ingest [{bar}] {value}/{total} reports | {eta_formatted} left | {last}', stream: process.stderr, hideCursor: true, clearOnComplete: true },
              cliProgress.Presets.shades_classic,
            );
            bar.start(total, 0, { last: '' });
          }
          bar.setTotal(total);
          bar.update(done, { last: outcome.status });
        } else {
          io.err(`[${done}/${total}] ${describe(outcome)}\n`);
        }
      },
    });
    bar?.stop();
    const summary = summarizeOutcomes(outcomes);
    io.out(formatSummary(summary, (performance.now() - started) / 1000));
    return summary.failed > 0 || outcomes.length === 0 ? 1 : 0;
  } finally {
    bar?.stop();
    await graph.close();
  }
}

/** Adds `ingest` to the program; `exit` receives the exit code. */
export function registerIngestCommand(program: Command, io: CliIo, exit: (code: number) => void): void {
  program
    .command('ingest')
    .description('ingest news reports (files, folders, or - for standard input) into the graph')
    .argument('<inputs...>', 'files (.txt .json .jsonl .md .html), folders, or - for standard input')
    .option('-c, --concurrency <n>', 'write transactions in flight', intFrom(1, 64), 2)
    .option('-b, --batch-size <n>', 'reports per write transaction (each report stays atomic)', intFrom(1, 256), 32)
    .option('-w, --workers <n>', 'worker threads for extraction (0: on the main thread; default: cores - 2)', intFrom(0, 64), defaultWorkers())
    .action(async (inputs: string[], opts: IngestCommandOptions) => {
      exit(await runIngest(inputs, opts, io));
    });
}
