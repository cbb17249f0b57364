import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/projectRoot';

/** A named Cypher statement loaded from cypher/<name>.cypher. */
export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

const cache = new Map<string, CypherQuery>();

/** Folder holding the project's Cypher files. */
export function cypherDir(): string {
  return path.join(projectRoot(), 'cypher');
}

/** Loads (once) the statement in cypher/<name>.cypher; `name` may contain a sub-folder. */
export function cypherFile(name: string): CypherQuery {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const file = path.join(cypherDir(), `${name}.cypher`);
  const text = fs.readFileSync(file, 'utf8');
  const query: CypherQuery = { name, text: stripHeader(text) };
  cache.set(name, query);
  return query;
}

/** Lists every .cypher file under cypher/, as names usable with cypherFile(). */
export function listCypherFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${prefix}${entry.name}/`);
      else if (entry.name.endsWith('.cypher')) out.push(`${prefix}${entry.name.slice(0, -'.cypher'.length)}`);
    }
  };
  walk(cypherDir(), '');
  return out.sort();
}

/** Drops `//` comment lines at the top (the header naming parameters and columns). */
function stripHeader(text: string): string {
  return text
    .split('\n')
    .filter((line, i, all) => !(line.trimStart().startsWith('//') && all.slice(0, i).every((l) => l.trimStart().startsWith('//'))))
    .join('\n')
    .trim();
}
