import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Extraction, Report } from '../extract/types';
import type { ExtractionAnswer, ExtractionTask } from './extractionWorker';

interface Pending {
  resolve: (x: Extraction) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** The worker script next to this file: compiled JavaScript, or TypeScript through ts-node (tests, ts-node runs). */
function workerScript(): { file: string; execArgv: string[] } {
  const ts = __filename.endsWith('.ts');
  return { file: path.join(__dirname, `extractionWorker.${ts ? 'ts' : 'js'}`), execArgv: ts ? ['--require', 'ts-node/register/transpile-only'] : [] };
}

/**
 * Extraction in worker threads, so that it runs on other cores while the main thread resolves and
 * writes. Each worker loads the gazetteers once (a few seconds, ~130 MB). A task goes to the worker
 * with the fewest pending tasks. An extraction error rejects that task only; a worker that dies
 * rejects its pending tasks with the reason and is replaced for the next ones.
 */
export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly size: number) {
    for (let i = 0; i < Math.max(1, size); i += 1) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const { file, execArgv } = workerScript();
    const slot: Slot = { worker: new Worker(file, { execArgv }), pending: new Map() };
    slot.worker.on('message', (a: ExtractionAnswer) => {
      const p = slot.pending.get(a.id);
      if (p === undefined) return;
      slot.pending.delete(a.id);
      if (slot.pending.size === 0) slot.worker.unref();
      if ('error' in a) {
        const err = new Error(a.error.message);
        err.name = a.error.name;
        p.reject(err);
      } else {
        p.resolve(a.extraction);
      }
    });
    const lost = (reason: string): void => {
      for (const p of slot.pending.values()) p.reject(new Error(`the extraction worker stopped (${reason})`));
      slot.pending.clear();
      const k = this.slots.indexOf(slot);
      if (k >= 0 && !this.closed) this.slots[k] = this.spawn();
    };
    slot.worker.on('error', (e) => lost(e.message));
    slot.worker.on('exit', (code) => {
      if (!this.closed) lost(`exit code ${code}`);
    });
    // An idle worker does not keep the process alive; one with pending tasks does.
    slot.worker.unref();
    return slot;
  }

  /** Extracts one report in a worker. */
  extract(report: Report): Promise<Extraction> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId;
    this.nextId += 1;
    return new Promise<Extraction>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.ref();
      const task: ExtractionTask = { id, report };
      slot.worker.postMessage(task);
    });
  }

  /** Stops the workers; pending tasks are rejected. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const s of this.slots) for (const p of s.pending.values()) p.reject(new Error('the extraction pool was closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
