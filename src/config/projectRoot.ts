import fs from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/** The folder holding newsgraph's package.json, whether running from src/ (ts-jest) or dist/src/. */
export function projectRoot(): string {
  if (cached !== undefined) return cached;
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'newsgraph') {
      cached = dir;
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('newsgraph: cannot find the project folder (package.json)');
    dir = parent;
  }
}
