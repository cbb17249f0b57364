#!/usr/bin/env node
import { Command } from 'commander';
import { isNewsgraphError } from '../errors/NewsgraphError';
import { VERSION } from '../version';
import { processIo } from './CliIo';
import { registerExtractCommand } from './extractCommand';
import { registerIngestCommand } from './ingestCommand';

/** The `newsgraph` command line: `ingest` and `extract`. */
async function main(argv: string[]): Promise<number> {
  const io = processIo();
  let code = 0;
  const program = new Command('newsgraph').description('newsgraph: news reports into a knowledge graph of attributed claims').version(VERSION);
  registerIngestCommand(program, io, (c) => (code = c));
  registerExtractCommand(program, io, (c) => (code = c));
  program.showHelpAfterError();
  await program.parseAsync(argv);
  return code;
}

main(process.argv).then(
  (code) => process.exit(code),
  (e: unknown) => {
    // One clear line, no stack trace: the variable or the cause.
    const message = isNewsgraphError(e) ? e.message : e instanceof Error ? e.message : String(e);
    process.stderr.write(`newsgraph: ${message}\n`);
    process.exit(1);
  },
);
