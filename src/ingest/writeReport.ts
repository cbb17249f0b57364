import type { Database } from '../db/Database';
import type { ResolvedReport } from '../resolve/ResolvedReport';
import { findExistingArticles } from './findExistingArticles';
import { isRetryableWriteError } from './isRetryableWriteError';
import { warmUpIngest } from './warmUpIngest';
import { writeResolvedBatch, type WriteHooks, type WrittenReport } from './writeResolvedBatch';

/** The result of writing one report. */
export type WriteReportResult = ({ status: 'created' } & WrittenReport) | { status: 'unchanged'; articleId: string };

/**
 * Writes ONE resolved report atomically in ONE write transaction (see writeResolvedBatch). A report
 * already in the graph (by URL identity or content hash) changes nothing: `{status: 'unchanged'}`.
 * Checks the graph before each attempt; another writer creating it meanwhile fails the write on a
 * uniqueness constraint, and the next attempt finds it. Retries a transient error or a constraint race a few times; any other error rolls everything back
 * and is thrown.
 */
export async function writeReport(db: Database, resolved: ResolvedReport, options: { hooks?: WriteHooks; attempts?: number } = {}): Promise<WriteReportResult> {
  const attempts = options.attempts ?? 3;
  await warmUpIngest(db);
  for (let attempt = 1; ; attempt += 1) {
    try {
      const stored = (await findExistingArticles(db, [{ id: resolved.article.id, contentHash: resolved.article.contentHash }])).get(resolved.article.id);
      if (stored !== undefined) return { status: 'unchanged', articleId: stored };
      const [written] = await db.writeTransaction((tx) => writeResolvedBatch(tx, [resolved], options.hooks), 'writeReport');
      return { status: 'created', ...(written as WrittenReport) };
    } catch (e) {
      if (attempt >= attempts || !isRetryableWriteError(e)) throw e;
      await new Promise((r) => setTimeout(r, 20 * attempt + Math.random() * 30));
    }
  }
}
