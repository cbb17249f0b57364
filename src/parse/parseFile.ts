/**
 * Entry points of the parse stage: `parseFile` for a path (format from the extension) and
 * `parseContent` for text already in memory (stdin, an API request). Neither throws: every problem
 * becomes a `ParseError` that names the input and the reason.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { describeError } from './common';
import { parseHtml } from './parseHtml';
import { parseJson } from './parseJson';
import { parseJsonLines } from './parseJsonLines';
import { parseMarkdown } from './parseMarkdown';
import {
  MAX_FILE_BYTES,
  type ContentFormat,
  type InputFormat,
  type ParseResult,
} from './ParseResult';
import { parseText } from './parseText';

export type { ParseError, ParseResult, InputFormat, ContentFormat } from './ParseResult';

const EXTENSIONS: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/** File extensions the parse stage reads, lower case with the dot. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

/** The format of a file by its extension (case-insensitive), or undefined when it is not supported. */
export function formatForPath(filePath: string): InputFormat | undefined {
  return EXTENSIONS[path.extname(filePath).toLowerCase()];
}

/**
 * Guesses the format of content without a file name: JSON (object or array), JSON Lines (several
 * lines that each start with `{`), HTML (a doctype or an <html>/<head>/<body>/<article> tag first),
 * Markdown (front matter first), or else plain text.
 */
export function sniffFormat(content: string): InputFormat {
  const s = content.replace(/^\uFEFF/, '').trimStart();
  if (s.startsWith('{') || s.startsWith('[')) {
    try {
      JSON.parse(s);
      return 'json';
    } catch {
      const lines = s.split(/\r?\n/).filter((l) => l.trim() !== '');
      return lines.length > 1 && lines.every((l) => l.trimStart().startsWith('{')) ? 'jsonl' : 'json';
    }
  }
  if (/^<(?:!doctype\s+html|html|head|body|article|!--)/i.test(s)) return 'html';
  if (/^---[ \t]*(?:yaml|yml|json)?[ \t]*\r?\n/.test(content.replace(/^\uFEFF/, ''))) return 'markdown';
  return 'text';
}

const PARSERS: Record<InputFormat, (content: string, origin: string) => ParseResult> = {
  text: parseText,
  json: parseJson,
  jsonl: parseJsonLines,
  markdown: parseMarkdown,
  html: parseHtml,
};

/** Parses content already in memory. `origin` names it in reports and errors (`stdin`, `api#3`, a path). */
export function parseContent(content: string, origin: string, format: ContentFormat = 'auto'): ParseResult {
  const chosen = format === 'auto' ? sniffFormat(content) : format;
  const parser = PARSERS[chosen];
  if (parser === undefined) {
    return { reports: [], errors: [{ origin, reason: `unknown format "${String(format)}"` }] };
  }
  try {
    return parser(content, origin);
  } catch (err) {
    // The parsers report problems as errors; this is the last guard against a library throwing.
    return { reports: [], errors: [{ origin, reason: `could not parse as ${chosen}: ${describeError(err)}` }] };
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes file bytes: UTF-8 (BOM optional), or UTF-16 with a BOM. Anything else is an error. */
export function decodeBytes(bytes: Uint8Array): { text: string } | { error: string } {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes) };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be', { fatal: true }).decode(bytes) };
    const text = utf8.decode(bytes);
    if (text.includes('\u0000')) return { error: 'looks like a binary file (it contains NUL bytes), not text' };
    return { text };
  } catch {
    return { error: 'not valid UTF-8 text (save the file as UTF-8)' };
  }
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return `cannot be read: ${describeError(err)}`;
  }
}

/**
 * Reads and parses one file, choosing the parser by its extension (.txt .json .jsonl/.ndjson
 * .md/.markdown .html/.htm). Never throws: a file that cannot be read, decoded or parsed gives one
 * error naming the file (as `origin`) and the reason.
 */
export async function parseFile(filePath: string, options: { format?: InputFormat } = {}): Promise<ParseResult> {
  const origin = filePath;
  const fail = (reason: string): ParseResult => ({ reports: [], errors: [{ origin, reason }] });
  try {
    const format = options.format ?? formatForPath(filePath);
    if (format === undefined) {
      const ext = path.extname(filePath) || '(none)';
      return fail(`unsupported file extension ${ext} (supported: ${SUPPORTED_EXTENSIONS.join(' ')})`);
    }
    let stat;
    try {
      stat = await fs.stat(filePath);
    } catch (err) {
      return fail(describeFsError(err));
    }
    if (stat.isDirectory()) return fail('is a directory, not a file');
    if (!stat.isFile()) return fail('is not a regular file');
    if (stat.size > MAX_FILE_BYTES) {
      return fail(`file is ${(stat.size / (1024 * 1024)).toFixed(1)} MB, over the ${MAX_FILE_BYTES / (1024 * 1024)} MB limit`);
    }
    if (stat.size === 0) return fail('empty file');
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(filePath);
    } catch (err) {
      return fail(describeFsError(err));
    }
    const decoded = decodeBytes(bytes);
    if ('error' in decoded) return fail(decoded.error);
    return parseContent(decoded.text, origin, format);
  } catch (err) {
    return fail(`unexpected error: ${describeError(err)}`);
  }
}
