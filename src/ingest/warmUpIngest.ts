import type { Database } from '../db/Database';
import { cypherFile } from '../db/cypherFile';
import type { Extraction } from '../extract/types';
import { lookupKeys } from '../resolve/lookupKeys';
import { resolveEntities } from '../resolve/resolveEntities';
import { isRetryableWriteError } from './isRetryableWriteError';
import { WRITE_QUERIES, writeResolvedBatch } from './writeResolvedBatch';

class RollBack extends Error {}

const warmed = new WeakMap<Database, Promise<void>>();

/** A tiny report that exercises every ingest query with realistic parameter types (never committed). */
function probe(): Extraction {
  const text = 'Probe Person visited Probe Town in Probe Region on 1 January 2000. Two people were there.';
  const s0 = text.indexOf('.') + 1;
  return {
    report: { title: 'probe', origin: 'warm-up', contentHash: 'warm-up-probe', text, source: 'warm-up', publishedAt: '2000-01-02', url: 'urn:newsgraph:warm-up' },
    sentences: [
      { index: 0, start: 0, end: s0, text: text.slice(0, s0) },
      { index: 1, start: s0 + 1, end: text.length, text: text.slice(s0 + 1) },
    ],
    entities: [
      { key: 'p', type: 'Person', name: 'Probe Person', aliases: [], mentions: [{ sentence: 0, start: 0, end: 12, text: 'Probe Person' }] },
      {
        key: 't',
        type: 'Place',
        name: 'Probe Town',
        aliases: [],
        mentions: [{ sentence: 0, start: 21, end: 31, text: 'Probe Town' }],
        geo: { gazetteer: 'warm-up', gazetteerId: 'warm-up-1', name: 'Probe Town', lat: 0, lon: 0, countryCode: 'XX', featureCode: 'PCLI', alternateNames: [], countryId: 'warm-up-2' },
      },
      {
        key: 'r',
        type: 'Place',
        name: 'Probe Region',
        aliases: [],
        mentions: [{ sentence: 0, start: 35, end: 47, text: 'Probe Region' }],
        geo: { gazetteer: 'warm-up', gazetteerId: 'warm-up-3', name: 'Probe Region', countryCode: 'XX', featureCode: 'ADM1', alternateNames: [], countryId: 'warm-up-1', admin1: 'warm-up-3' },
      },
      { key: 'e', type: 'Event', name: 'visit', aliases: [], kind: 'visit', mentions: [{ sentence: 0, start: 13, end: 20, text: 'visited' }], when: { span: { start: '2000-01-01', end: '2000-01-01', precision: 'day' }, text: 'on 1 January 2000', sentence: 0 } },
    ],
    relations: [{ subject: 'e', predicate: 'TOOK_PLACE_IN', object: 't', sentence: 0, evidence: text.slice(0, s0) }],
    figures: [{ event: 'e', value: 2, counts: 'people', text: 'Two people', sentence: 1, start: s0 + 1, end: s0 + 11 }],
    dates: [],
  };
}

async function attempt(work: () => Promise<unknown>): Promise<void> {
  for (let i = 1; ; i += 1) {
    try {
      await work();
      return;
    } catch (e) {
      if (e instanceof RollBack || (e as { cause?: unknown }).cause instanceof RollBack) return;
      if (i >= 3 || !isRetryableWriteError(e)) throw e;
    }
  }
}

/**
 * Runs every ingest query once, each in its own transaction that is rolled back, so that Neo4j has
 * planned them before the first real report: on a cold server, planning the whole write at once can
 * exceed the transaction time-out. Once per Database; a failure is not fatal (the real write retries).
 */
export function warmUpIngest(db: Database): Promise<void> {
  const hit = warmed.get(db);
  if (hit !== undefined) return hit;
  const run = (async () => {
    const x = probe();
    const r = resolveEntities(x, []);
    await attempt(() => db.read(cypherFile('ingest/existingArticles'), { ids: [r.article.id], contentHashes: [r.article.contentHash] }));
    await attempt(() => db.read(cypherFile('ingest/findCandidates'), { ...lookupKeys([x]) }));
    // One more write query per transaction (the earlier ones are planned by then), each rolled back:
    // nothing of the probe is ever committed.
    for (const step of WRITE_QUERIES) {
      await attempt(() =>
        db.writeTransaction(async (tx) => {
          await writeResolvedBatch(tx, [r], {
            afterQuery: (name) => {
              if (name === step) throw new RollBack();
            },
          });
          throw new RollBack();
        }),
      );
    }
  })().catch(() => undefined);
  warmed.set(db, run);
  return run;
}
