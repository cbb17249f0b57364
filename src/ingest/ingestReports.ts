import { Mutex } from 'async-mutex';
import type { Database } from '../db/Database';
import type { Extraction, Report } from '../extract/types';
import { contentHash } from '../extract/contentHash';
import { articleId } from '../resolve/articleId';
import { candidatesFromResolved } from '../resolve/candidatesFromResolved';
import { lookupKeys } from '../resolve/lookupKeys';
import { indexCandidates } from '../resolve/indexCandidates';
import { resolveEntities } from '../resolve/resolveEntities';
import type { CandidateEntity, ResolvedReport } from '../resolve/ResolvedReport';
import { defaultExtractor } from './defaultExtractor';
import { describeFailure } from './describeFailure';
import { ExtractionPool } from './ExtractionPool';
import { fetchCandidates } from './fetchCandidates';
import { findExistingArticles } from './findExistingArticles';
import type { IngestOutcome } from './IngestOutcome';
import { isRetryableWriteError } from './isRetryableWriteError';
import { warmUpIngest } from './warmUpIngest';
import { knownEntities, writeResolvedBatch, type WriteHooks } from './writeResolvedBatch';

/** Options of an ingest run. */
export interface IngestOptions {
  /** The extraction stage (default: src/extract's extractReport). */
  extract?: (report: Report) => Extraction;
  /**
   * Worker threads for extraction (default 0: extraction runs on the main thread, between the
   * database round trips). Started only when there is more than one batch of reports (a worker
   * takes a few seconds to load the gazetteers); ignored when `extract` is given.
   */
  workers?: number;
  /** Batches in flight at once (default 2): while one is written, the next is read and resolved. Write transactions of one run go one at a time. */
  concurrency?: number;
  /** Reports per write transaction (default 32). A failed batch is retried report by report, so each report stays atomic. */
  batchSize?: number;
  /** Attempts for a transient error or constraint race (default 4). */
  attempts?: number;
  /** Called once per report as soon as its outcome is known. */
  onProgress?: (event: { done: number; total: number; outcome: IngestOutcome }) => void;
  /** Test-only hooks into the write transaction. */
  hooks?: WriteHooks;
}

interface Item {
  index: number;
  report: Report;
  extraction: Extraction;
  articleId: string;
}

const blank = { entitiesCreated: 0, entitiesMerged: 0, claims: 0 };

/**
 * Ingests reports: extract → resolve (against candidates read from the graph) → write, with a bounded
 * number of write transactions in flight. Returns one outcome per report, in input order; one broken
 * report never stops the others. Each report is written atomically; a report already in the graph is
 * `unchanged`.
 */
export async function ingestReports(db: Database, reports: readonly Report[], options: IngestOptions = {}): Promise<IngestOutcome[]> {
  const extract = options.extract ?? defaultExtractor;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const batchSize = Math.max(1, options.batchSize ?? 32);
  const attempts = Math.max(1, options.attempts ?? 4);
  const outcomes: Array<IngestOutcome | undefined> = new Array(reports.length);
  let done = 0;
  const settle = (index: number, outcome: IngestOutcome): void => {
    outcomes[index] = outcome;
    done += 1;
    options.onProgress?.({ done, total: reports.length, outcome });
  };
  const fail = (item: { index: number; report: Report }, e: unknown): void => settle(item.index, { origin: item.report.origin, status: 'failed', ...blank, reason: describeFailure(e) });

  /** The entities of the last batches resolved in this run (they may not be in the graph yet). */
  const recent: CandidateEntity[][] = [];
  const writeLock = new Mutex();

  /** Resolves and writes items in one transaction; on failure, one by one with retries. */
  const write = async (items: Item[], attempt: number, turn?: { after: Promise<void>; done: () => void }): Promise<void> => {
    let resolved: Array<{ item: Item; r: ResolvedReport }> = [];
    try {
      const existing = await findExistingArticles(db, items.map((i) => ({ id: i.articleId, contentHash: i.extraction.report.contentHash })));
      const pending: Item[] = [];
      for (const item of items) {
        const stored = existing.get(item.articleId);
        if (stored !== undefined) settle(item.index, { origin: item.report.origin, status: 'unchanged', articleId: stored, ...blank });
        else pending.push(item);
      }
      if (pending.length === 0) return;
      await warmUpIngest(db);
      const candidates: CandidateEntity[] = await fetchCandidates(db, lookupKeys(pending.map((p) => p.extraction)));
      // Reports resolved together see each other the way they would see the graph, and so do the
      // batches of this run that may not be committed yet.
      // Batches resolve in the order they were taken, so each sees the ones before it in `recent`.
      if (turn !== undefined) await turn.after;
      const seen = indexCandidates(candidates);
      for (const earlier of recent) seen.add(earlier);
      const mine: CandidateEntity[] = [];
      for (const item of pending) {
        try {
          const r = resolveEntities(item.extraction, seen);
          resolved.push({ item, r });
          const cs = candidatesFromResolved([r]);
          seen.add(cs);
          mine.push(...cs);
        } catch (e) {
          fail(item, e);
        }
      }
      if (resolved.length === 0) return;
      recent.push(mine);
      if (recent.length > concurrency + 1) recent.shift();
      turn?.done();
      const known = knownEntities(candidates);
      // One write transaction at a time: concurrent ones would wait on each other's locks on the
      // same entity nodes. The next batch is read and resolved meanwhile.
      const written = await writeLock.runExclusive(() => db.writeTransaction((tx) => writeResolvedBatch(tx, resolved.map((x) => x.r), options.hooks, known), 'ingest'));
      written.forEach((w, k) => {
        const { item } = resolved[k] as { item: Item };
        settle(item.index, { origin: item.report.origin, status: 'created', ...w });
      });
    } catch (e) {
      turn?.done();
      const open = (resolved.length > 0 ? resolved.map((x) => x.item) : items).filter((i) => outcomes[i.index] === undefined);
      resolved = [];
      if (open.length > 1) {
        for (const item of open) await write([item], 1);
        return;
      }
      const [item] = open;
      if (item === undefined) return;
      // A constraint race (another writer created the report meanwhile) is retryable: the next
      // attempt finds the report in the graph and settles it as unchanged.
      if (attempt < attempts && isRetryableWriteError(e)) {
        await new Promise((r) => setTimeout(r, 25 * attempt + Math.random() * 50));
        await write([item], attempt + 1);
      } else {
        fail(item, e);
      }
    }
  };

  // Reports already in the graph are settled before any extraction: their identity (URL, else content
  // hash) is cheap to compute. Only with the default extractor, whose content hash this is. Should the
  // read fail, every report goes on and the per-batch check decides.
  const order: number[] = [];
  const PRECHECK = 500;
  for (let from = 0; from < reports.length; from += PRECHECK) {
    const chunk: Array<{ index: number; id: string; contentHash: string }> = [];
    for (let index = from; index < Math.min(reports.length, from + PRECHECK); index += 1) {
      const report = reports[index] as Report;
      try {
        if (options.extract !== undefined) throw new Error('custom extractor');
        const hash = contentHash(report.text);
        chunk.push({ index, id: articleId(report.url, hash), contentHash: hash });
      } catch {
        order.push(index);
      }
    }
    let existing = new Map<string, string>();
    try {
      existing = await findExistingArticles(db, chunk);
    } catch {
      existing = new Map();
    }
    for (const c of chunk) {
      const stored = existing.get(c.id);
      if (stored !== undefined) settle(c.index, { origin: (reports[c.index] as Report).origin, status: 'unchanged', articleId: stored, ...blank });
      else order.push(c.index);
    }
  }
  order.sort((a, b) => a - b);

  // Extraction runs ahead of the writers. On the main thread: one report at a time, yielding to the
  // event loop in between so that the database round trips of the batches being written go on. With
  // workers: up to lookAhead reports in flight in the pool, taken back in input order.
  const lookAhead = batchSize * (concurrency + 1);
  const ready: Item[] = [];
  let cursor = 0;
  const take = (index: number, report: Report, extraction: Extraction): void => {
    ready.push({ index, report, extraction, articleId: articleId(extraction.report.url, extraction.report.contentHash) });
  };
  const pool = options.extract === undefined && (options.workers ?? 0) > 0 && order.length > batchSize ? new ExtractionPool(options.workers ?? 1) : undefined;
  const inflight: Array<{ index: number; report: Report; result: Promise<{ x: Extraction } | { e: unknown }> }> = [];
  const launch = (): void => {
    if (pool === undefined) return;
    while (cursor < order.length && inflight.length + ready.length < lookAhead) {
      const index = order[cursor] as number;
      cursor += 1;
      const report = reports[index] as Report;
      inflight.push({ index, report, result: pool.extract(report).then((x) => ({ x }), (e: unknown) => ({ e })) });
    }
  };
  let filling: Promise<void> | undefined;
  const fill = (): Promise<void> =>
    (filling ??= (async () => {
      if (pool !== undefined) {
        launch();
        const slot = inflight.shift();
        if (slot === undefined) return;
        const r = await slot.result;
        if ('x' in r) take(slot.index, slot.report, r.x);
        else fail(slot, r.e);
        launch();
        return;
      }
      while (cursor < order.length && ready.length < lookAhead) {
        const index = order[cursor] as number;
        cursor += 1;
        const report = reports[index] as Report;
        try {
          take(index, report, extract(report));
        } catch (e) {
          fail({ index, report }, e);
        }
        await new Promise<void>((r) => setImmediate(r));
      }
    })().finally(() => {
      filling = undefined;
    }));

  /** The next batch: up to batchSize extracted reports; a report repeated within a batch waits for a later one. */
  const nextBatch = async (): Promise<Item[] | undefined> => {
    while (ready.length < batchSize && (cursor < order.length || inflight.length > 0)) await fill();
    if (ready.length === 0) return undefined;
    const items: Item[] = [];
    const seen = new Set<string>();
    for (let k = 0; k < ready.length && items.length < batchSize; ) {
      const item = ready[k] as Item;
      const hash = item.extraction.report.contentHash;
      if (seen.has(item.articleId) || seen.has(hash)) {
        k += 1;
        continue;
      }
      seen.add(item.articleId).add(hash);
      items.push(item);
      ready.splice(k, 1);
    }
    return items;
  };

  let lastTurn: Promise<void> = Promise.resolve();
  const worker = async (): Promise<void> => {
    for (let items = await nextBatch(); items !== undefined; items = await nextBatch()) {
      void fill();
      const after = lastTurn;
      let done = (): void => undefined;
      lastTurn = new Promise<void>((r) => {
        done = r;
      });
      try {
        await write(items, 1, { after, done });
      } finally {
        done();
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, () => worker()));
  } finally {
    await pool?.close();
  }
  return outcomes.map((o, i) => o ?? { origin: reports[i]?.origin ?? '?', status: 'failed', ...blank, reason: 'not processed' });
}
