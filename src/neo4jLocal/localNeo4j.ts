import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { NewsgraphError } from '../errors/NewsgraphError';
import { buildLauncher, launcherDir } from './buildLauncher';

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  /** How long to wait for Bolt, in ms (first start creates the store). */
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

/** A running local Neo4j. `stop()` stops it only if this process started it. */
export interface LocalNeo4j {
  uri: string;
  pid: number;
  startedHere: boolean;
  stop(): Promise<void>;
}

interface StateFile {
  pid: number;
  port: number;
}

function stateFile(dataDir: string): string {
  return path.join(dataDir, 'neo4j-local.json');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True when something accepts TCP connections on 127.0.0.1:port within the timeout. */
export function portAnswers(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function waitForExit(child: ChildProcess | number, timeoutMs: number): Promise<boolean> {
  const pid = typeof child === 'number' ? child : child.pid;
  return new Promise((resolve) => {
    const started = Date.now();
    const tick = (): void => {
      if (pid === undefined || !alive(pid)) return resolve(true);
      if (Date.now() - started > timeoutMs) return resolve(false);
      setTimeout(tick, 100);
    };
    tick();
  });
}

async function stopPid(pid: number): Promise<void> {
  if (!alive(pid)) return;
  process.kill(pid, 'SIGTERM');
  if (!(await waitForExit(pid, 20000))) {
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 5000);
  }
}

/**
 * Starts the embedded Neo4j (building it first if needed), or reuses the one this project started
 * before on the same data folder and port. Resolves when Bolt answers.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => undefined);
  const uri = `bolt://127.0.0.1:${options.port}`;
  fs.mkdirSync(options.dataDir, { recursive: true });

  const previous = readState(options.dataDir);
  if (previous !== undefined && previous.port === options.port && alive(previous.pid) && (await portAnswers(options.port))) {
    log(`reusing the local Neo4j already running at ${uri} (pid ${previous.pid})`);
    return { uri, pid: previous.pid, startedHere: false, stop: async () => undefined };
  }

  buildLauncher(log);
  const dir = launcherDir();
  const classPath = [path.join(dir, 'target', 'classes'), path.join(dir, 'target', 'lib', '*')].join(path.delimiter);
  const args = [
    `-Xmx${options.heap}`,
    '-XX:+UseG1GC',
    '-Dfile.encoding=UTF-8',
    '-cp',
    classPath,
    'newsgraph.neo4jlocal.Neo4jLocal',
    '--data',
    options.dataDir,
    '--port',
    String(options.port),
    '--pagecache',
    options.pageCache,
    '--watch-parent',
    String(process.pid),
  ];
  log(`starting the local Neo4j on ${uri} (data in ${options.dataDir})…`);
  const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid;
  if (pid === undefined) throw new NewsgraphError('cannot start java; install Java 17+ or set NEO4J_URI', { code: 'CONFIG' });

  const stderrTail: string[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('NEO4J_LOCAL_READY')) resolve();
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        const m = /NEO4J_LOCAL_ERROR (.*)/.exec(line);
        if (m?.[1] !== undefined) reject(new NewsgraphError(`local Neo4j: ${m[1]}`, { code: 'CONFIG' }));
        else if (line.trim() !== '') stderrTail.push(line);
        if (stderrTail.length > 20) stderrTail.shift();
      }
    });
    child.once('error', (e) => reject(new NewsgraphError(`cannot start java: ${e.message}`, { code: 'CONFIG' })));
    child.once('exit', (code) =>
      reject(new NewsgraphError(`local Neo4j exited before it was ready (exit ${String(code)})${stderrTail.length > 0 ? `: ${stderrTail.slice(-3).join(' | ')}` : ''}`, { code: 'CONFIG' })),
    );
  });
  const timeoutMs = options.startTimeoutMs ?? 120000;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      ready,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new NewsgraphError(`local Neo4j did not open Bolt within ${timeoutMs / 1000} s`, { code: 'CONFIG' })), timeoutMs);
      }),
    ]);
  } catch (e) {
    if (alive(pid)) await stopPid(pid);
    throw e;
  } finally {
    clearTimeout(timer);
  }
  // Java keeps running when its pipes are not read: drain them from now on.
  child.stdout?.resume();
  child.stderr?.resume();
  fs.writeFileSync(stateFile(options.dataDir), JSON.stringify({ pid, port: options.port } satisfies StateFile));

  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid,
    startedHere: true,
    stop() {
      stopping ??= (async () => {
        await stopPid(pid);
        try {
          const s = readState(options.dataDir);
          if (s?.pid === pid) fs.unlinkSync(stateFile(options.dataDir));
        } catch {
          // already gone
        }
      })();
      return stopping;
    },
  };
}

function readState(dataDir: string): StateFile | undefined {
  try {
    const s = JSON.parse(fs.readFileSync(stateFile(dataDir), 'utf8')) as Partial<StateFile>;
    if (typeof s.pid === 'number' && typeof s.port === 'number') return { pid: s.pid, port: s.port };
  } catch {
    // no state yet
  }
  return undefined;
}

/** Stops the local Neo4j recorded in the data folder, if any (used by tests that simulate faults). */
export async function stopRecordedLocalNeo4j(dataDir: string): Promise<void> {
  const s = readState(dataDir);
  if (s !== undefined) await stopPid(s.pid);
}
