/**
 * Expands the paths given on a command line (files and folders) into the list of files to parse.
 *
 * - A file is taken as given when its extension is supported; otherwise it is an error.
 * - A folder is walked recursively and yields its files with a supported extension, sorted by path
 *   (plain code-unit order, the same on every machine). Hidden entries (`.git`, `.DS_Store`),
 *   `node_modules`, reference annotations (`*.gold.json`) and `README.*` files are skipped in folders.
 *   Symbolic links are followed, each folder once. A folder with no supported file is an error.
 * - A missing or unreadable path is an error, never an exception. A file named twice is listed once.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { describeError } from './common';
import { formatForPath, SUPPORTED_EXTENSIONS } from './parseFile';
import type { ParseError } from './ParseResult';

export interface CollectedInputs {
  files: string[];
  errors: ParseError[];
}

function skippedInFolder(name: string): boolean {
  return (
    name.startsWith('.') ||
    name === 'node_modules' ||
    /\.gold\.json$/i.test(name) ||
    /^readme(\.[^.]+)?$/i.test(name)
  );
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return describeError(err);
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function walk(dir: string, visited: Set<string>, files: string[], errors: ParseError[]): Promise<void> {
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch (err) {
    errors.push({ origin: dir, reason: describeFsError(err) });
    return;
  }
  if (visited.has(real)) return; // a symbolic link loop or a folder reached twice
  visited.add(real);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (err) {
    errors.push({ origin: dir, reason: `cannot list the folder: ${describeFsError(err)}` });
    return;
  }
  for (const name of names.sort(byPath)) {
    if (skippedInFolder(name)) continue;
    const full = path.join(dir, name);
    let stat;
    try {
      stat = await fs.stat(full);
    } catch (err) {
      errors.push({ origin: full, reason: describeFsError(err) });
      continue;
    }
    if (stat.isDirectory()) await walk(full, visited, files, errors);
    else if (stat.isFile() && formatForPath(name) !== undefined) files.push(full);
  }
}

export async function collectInputs(inputs: readonly string[]): Promise<CollectedInputs> {
  const files: string[] = [];
  const errors: ParseError[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch (err) {
      errors.push({ origin: input, reason: describeFsError(err) });
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      await walk(input, new Set<string>(), found, errors);
      if (found.length === 0) {
        errors.push({ origin: input, reason: `no report files in this folder (looked for ${SUPPORTED_EXTENSIONS.join(' ')})` });
      }
      found.sort(byPath).forEach(add);
    } else if (stat.isFile()) {
      if (formatForPath(input) === undefined) {
        errors.push({
          origin: input,
          reason: `unsupported file extension ${path.extname(input) || '(none)'} (supported: ${SUPPORTED_EXTENSIONS.join(' ')})`,
        });
      } else {
        add(input);
      }
    } else {
      errors.push({ origin: input, reason: 'not a file or folder' });
    }
  }
  return { files, errors };
}
