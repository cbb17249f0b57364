import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/projectRoot';

/** One example operation from the docs: the `###` heading above it, its text and variables. */
export interface ExampleOperation {
  title: string;
  query: string;
  variables: Record<string, unknown>;
}

const HEADING = /^## Example operations\s*$/m;

/** The file holding the `## Example operations` section: README.md once the lead moves it there, else docs/api.md. */
export function exampleOperationsFile(root: string = projectRoot()): string {
  for (const rel of ['README.md', path.join('docs', 'api.md')]) {
    const file = path.join(root, rel);
    if (fs.existsSync(file) && HEADING.test(fs.readFileSync(file, 'utf8'))) return file;
  }
  throw new Error('neither README.md nor docs/api.md has a "## Example operations" section');
}

/**
 * The ```graphql blocks of the `## Example operations` section (up to the next `## ` heading),
 * each titled by the `### ` heading before it; a ```json block right after one holds its variables.
 */
export function parseExampleOperations(markdown: string): ExampleOperation[] {
  const start = markdown.search(HEADING);
  if (start < 0) return [];
  const rest = markdown.slice(start).split('\n').slice(1);
  const end = rest.findIndex((l) => /^## /.test(l));
  const lines = end < 0 ? rest : rest.slice(0, end);
  const out: ExampleOperation[] = [];
  let title = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('### ')) title = line.slice(4).trim();
    const fence = /^```(graphql|json)\s*$/.exec(line);
    if (fence === null) continue;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i] ?? ''); i++) body.push(lines[i] ?? '');
    const text = body.join('\n');
    const last = out[out.length - 1];
    if (fence[1] === 'graphql') out.push({ title: title || `Example ${out.length + 1}`, query: text, variables: {} });
    else if (last !== undefined) last.variables = JSON.parse(text) as Record<string, unknown>;
  }
  return out;
}

/** The example operations of the project's docs. */
export function exampleOperations(root: string = projectRoot()): ExampleOperation[] {
  return parseExampleOperations(fs.readFileSync(exampleOperationsFile(root), 'utf8'));
}
