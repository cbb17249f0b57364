import { attachEventDates } from './attachEventDates';
import { buildDocument } from './buildDocument';
import { buildEntities } from './buildEntities';
import { contentHash } from './contentHash';
import { deriveTitle } from './deriveTitle';
import { findDates } from './findDates';
import { findEventRelations } from './findEventRelations';
import { findEvents } from './findEvents';
import { findFigures } from './findFigures';
import { findGazetteerContainment } from './findGazetteerContainment';
import { findLocalContainment } from './findLocalContainment';
import { findLocationRelations } from './findLocationRelations';
import { findNameChunks } from './findNameChunks';
import { findNameVariants } from './findNameVariants';
import { findOrganizations } from './findOrganizations';
import { findPeople } from './findPeople';
import { findPlaces } from './findPlaces';
import { findRoleRelations } from './findRoleRelations';
import { findShortForms } from './findShortForms';
import { geocodeRegions } from './geocodeRegions';
import type { ExtractContext } from './internalTypes';
import { makeRelationContext } from './relationContext';
import type { Extraction, Report } from './types';

/** Options for `extractReport`. */
export interface ExtractOptions {
  /** Leave the report text out of the result (it can be large). Default false. */
  omitText?: boolean;
}

/**
 * Extracts sentences, entities (people, organisations, places, events), relations, figures and
 * dates from one report. Pure and offline: gazetteers and word lists come from installed packages.
 */
export function extractReport(report: Report, opts: ExtractOptions = {}): Extraction {
  const doc = buildDocument(report.text);
  const dates = findDates(doc, report.publishedAt);
  const dateTokens = new Uint8Array(doc.tokens.length);
  for (const d of dates) {
    const [from, to] = doc.sentenceTokens[d.sentence] ?? [0, 0];
    for (let t = from; t < to; t += 1) {
      const tok = doc.tokens[t];
      if (tok && tok.start >= d.start && tok.end <= d.end) dateTokens[t] = 1;
    }
  }
  const ctx: ExtractContext = {
    doc,
    dateTokens,
    chunks: findNameChunks(doc, dateTokens),
    candidates: [],
    owner: new Int32Array(doc.tokens.length).fill(-1),
    roles: [],
  };
  if (report.source !== undefined) ctx.source = report.source;
  if (report.publishedAt !== undefined) ctx.publishedAt = report.publishedAt;
  findOrganizations(ctx);
  findEvents(ctx);
  findPeople(ctx);
  findPlaces(ctx);
  findNameVariants(ctx);
  findShortForms(ctx);
  const built = buildEntities(ctx);
  geocodeRegions(built.entities);
  attachEventDates(ctx, built, dates);
  const rc = makeRelationContext(ctx, built);
  findRoleRelations(rc);
  findEventRelations(rc);
  findLocationRelations(rc);
  findGazetteerContainment(rc);
  findLocalContainment(rc);

  const out: Extraction = {
    report: {
      title: report.title ?? deriveTitle(doc.sentences),
      origin: report.origin,
      contentHash: contentHash(report.text),
      text: opts.omitText ? '' : report.text,
    },
    sentences: doc.sentences,
    entities: built.entities,
    relations: rc.relations,
    figures: findFigures(ctx, built),
    dates,
  };
  if (report.source !== undefined) out.report.source = report.source;
  if (report.publishedAt !== undefined) out.report.publishedAt = report.publishedAt;
  if (report.url !== undefined) out.report.url = report.url;
  return out;
}
