import fs from 'node:fs';
import path from 'node:path';
import { gql } from 'graphql-tag';
import type { DocumentNode } from 'graphql';
import { projectRoot } from '../config/projectRoot';

/** Reads every schema/*.graphql file into one document. */
export function loadTypeDefs(): DocumentNode {
  const dir = path.join(projectRoot(), 'schema');
  const sdl = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
  return gql(sdl);
}
