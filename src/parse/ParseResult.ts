import type { Report } from '../extract/types';

/**
 * Why one input (a file, one line of a JSON Lines batch, one item of a JSON array, stdin, an API
 * request) gave no report. `origin` names the input exactly as `Report.origin` would have.
 */
export interface ParseError {
  origin: string;
  reason: string;
}

/** What the parse stage returns: every report it could read and one error per input it could not. */
export interface ParseResult {
  reports: Report[];
  errors: ParseError[];
}

/** The input formats the parse stage understands. */
export type InputFormat = 'text' | 'json' | 'jsonl' | 'markdown' | 'html';

/** `auto` guesses the format from the content (for stdin and the API). */
export type ContentFormat = InputFormat | 'auto';

export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'json', 'jsonl', 'markdown', 'html'];

/** A single report body (UTF-8 bytes of `Report.text`) larger than this is an error. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** A file larger than this is not read at all (a JSON Lines batch may hold many bodies). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** One line for logs and the CLI: `origin: reason`. */
export function formatParseError(error: ParseError): string {
  return `${error.origin}: ${error.reason}`;
}

export function emptyResult(): ParseResult {
  return { reports: [], errors: [] };
}
