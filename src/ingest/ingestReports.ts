import type { Database } from '../db/Database';
import type { Extraction, Report } from '../extract/types';
import { articleId } from '../resolve/articleId';
import { candidatesFromResolved } from '../resolve/candidatesFromResolved';
import { lookupKeys } from '../resolve/lookupKeys';
import { resolveEntities } from '../resolve/resolveEntities';
import type { CandidateEntity, ResolvedReport } from '../resolve/ResolvedReport';
import { AlreadyIngestedError } from './AlreadyIngestedError';
import { defaultExtractor } from './defaultExtractor';
import { describeFailure } from './describeFailure';
import { fetchCandidates } from './fetchCandidates';
import { findExistingArticles } from './findExistingArticles';
import type { IngestOutcome } from './IngestOutcome';
import { isRetryableWriteError } from './isRetryableWriteError';
import { warmUpIngest } from './warmUpIngest';
import { writeResolvedBatch, type WriteHooks } from './writeResolvedBatch';

/** Options of an ingest run. */
export interface IngestOptions {
  /** The extraction stage (default: src/extract's extractReport). */
  extract?: (report: Report) => Extraction;
  /** Write transactions in flight at once (default 4). */
  concurrency?: number;
  /** Reports per write transaction (default 1). A failed batch is retried report by report, so each report stays atomic. */
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
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const batchSize = Math.max(1, options.batchSize ?? 1);
  const attempts = Math.max(1, options.attempts ?? 4);
  const outcomes: Array<IngestOutcome | undefined> = new Array(reports.length);
  let done = 0;
  const settle = (index: number, outcome: IngestOutcome): void => {
    outcomes[index] = outcome;
    done += 1;
    options.onProgress?.({ done, total: reports.length, outcome });
  };
  const fail = (item: { index: number; report: Report }, e: unknown): void => settle(item.index, { origin: item.report.origin, status: 'failed', ...blank, reason: describeFailure(e) });

  /** Resolves and writes items in one transaction; on failure, one by one with retries. */
  const write = async (items: Item[], attempt: number): Promise<void> => {
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
      // Reports resolved together see each other the way they would see the graph.
      const seen: CandidateEntity[] = [...candidates];
      for (const item of pending) {
        try {
          const r = resolveEntities(item.extraction, seen);
          resolved.push({ item, r });
          for (const c of candidatesFromResolved([r])) seen.push(c);
        } catch (e) {
          fail(item, e);
        }
      }
      if (resolved.length === 0) return;
      const knownKeys = new Map(candidates.map((c) => [c.id, new Set(c.keys)]));
      const written = await db.writeTransaction((tx) => writeResolvedBatch(tx, resolved.map((x) => x.r), options.hooks, knownKeys), 'ingest');
      written.forEach((w, k) => {
        const { item } = resolved[k] as { item: Item };
        settle(item.index, { origin: item.report.origin, status: 'created', ...w });
      });
    } catch (e) {
      const open = (resolved.length > 0 ? resolved.map((x) => x.item) : items).filter((i) => outcomes[i.index] === undefined);
      resolved = [];
      if (open.length > 1) {
        for (const item of open) await write([item], 1);
        return;
      }
      const [item] = open;
      if (item === undefined) return;
      const cause = (e as { cause?: unknown }).cause;
      if (e instanceof AlreadyIngestedError || cause instanceof AlreadyIngestedError) {
        settle(item.index, { origin: item.report.origin, status: 'unchanged', articleId: item.articleId, ...blank });
      } else if (attempt < attempts && isRetryableWriteError(e)) {
        await new Promise((r) => setTimeout(r, 25 * attempt + Math.random() * 50));
        await write([item], attempt + 1);
      } else {
        fail(item, e);
      }
    }
  };

  // Cut the input into batches; a report repeated within a batch goes to a later batch.
  const queue: Array<Array<{ index: number; report: Report }>> = [];
  for (let i = 0; i < reports.length; i += batchSize) queue.push(reports.slice(i, i + batchSize).map((report, k) => ({ index: i + k, report })));

  const worker = async (): Promise<void> => {
    for (let group = queue.shift(); group !== undefined; group = queue.shift()) {
      const items: Item[] = [];
      const seen = new Set<string>();
      const later: Array<{ index: number; report: Report }> = [];
      for (const g of group) {
        try {
          const extraction = extract(g.report);
          const id = articleId(extraction.report.url, extraction.report.contentHash);
          if (seen.has(id) || seen.has(extraction.report.contentHash)) {
            later.push(g);
            continue;
          }
          seen.add(id).add(extraction.report.contentHash);
          items.push({ ...g, extraction, articleId: id });
        } catch (e) {
          fail(g, e);
        }
      }
      if (items.length > 0) await write(items, 1);
      if (later.length > 0) queue.push(later);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, () => worker()));
  return outcomes.map((o, i) => o ?? { origin: reports[i]?.origin ?? '?', status: 'failed', ...blank, reason: 'not processed' });
}
