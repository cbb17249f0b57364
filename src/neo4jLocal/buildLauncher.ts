import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/projectRoot';
import { NewsgraphError } from '../errors/NewsgraphError';

/** Folder of the Maven project that embeds Neo4j. */
export function launcherDir(): string {
  return path.join(projectRoot(), 'tools', 'neo4j-local');
}

function sourceHash(dir: string): string {
  const h = crypto.createHash('sha256');
  const files = ['pom.xml', path.join('src', 'main', 'java', 'newsgraph', 'neo4jlocal', 'Neo4jLocal.java')];
  for (const f of files) h.update(fs.readFileSync(path.join(dir, f)));
  return h.digest('hex');
}

/**
 * Builds the launcher with Maven unless a build of the same sources is there already (cached by a
 * hash of pom.xml and the Java class). The first build downloads Neo4j from Maven Central.
 */
export function buildLauncher(log: (line: string) => void = () => undefined): void {
  const dir = launcherDir();
  const stamp = path.join(dir, 'target', 'build.sha256');
  const hash = sourceHash(dir);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash && fs.existsSync(path.join(dir, 'target', 'lib'))) return;
  log('building the local Neo4j with Maven (first run downloads Neo4j from Maven Central)…');
  const mvn = process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
  const result = spawnSync(mvn, ['-q', '-B', 'package', '-DskipTests'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error !== undefined) {
    throw new NewsgraphError(`cannot run Maven (${result.error.message}); install Java 17+ and Maven, or set NEO4J_URI to a running Neo4j`, { code: 'CONFIG' });
  }
  if (result.status !== 0) {
    throw new NewsgraphError(`the Maven build of the local Neo4j failed (exit ${String(result.status)}) in ${dir}`, { code: 'CONFIG' });
  }
  fs.writeFileSync(stamp, hash);
}
