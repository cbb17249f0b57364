import type { Extraction } from '../extract/types';
import { articleId } from './articleId';
import type { ResolvedArticle, ResolvedReport } from './ResolvedReport';
import { sourceId } from './sourceId';

/** The Article node and its Sentence nodes for one extraction. */
export function buildArticle(x: Extraction): { article: ResolvedArticle; sentences: ResolvedReport['sentences'] } {
  const r = x.report;
  const id = articleId(r.url, r.contentHash);
  const date = r.publishedAt !== undefined && /^\d{4}-\d{2}-\d{2}/.test(r.publishedAt) ? r.publishedAt.slice(0, 10) : null;
  const source = r.source !== undefined && r.source.trim() !== '' ? r.source.trim() : undefined;
  const article: ResolvedArticle = {
    id,
    contentHash: r.contentHash,
    title: r.title,
    url: r.url !== undefined && r.url.trim() !== '' ? r.url.trim() : null,
    publishedAt: date,
    text: r.text,
    origin: r.origin,
    sourceId: sourceId(source),
    sourceName: source ?? null,
  };
  const sentences = x.sentences.map((s) => ({ id: `${id}#s${s.index}`, index: s.index, start: s.start, end: s.end, text: s.text }));
  return { article, sentences };
}
