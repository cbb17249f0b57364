import { projectRoot } from './config/projectRoot';
import fs from 'node:fs';
import path from 'node:path';

/** newsgraph's version, from package.json. */
export const VERSION: string = (JSON.parse(fs.readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;
