import crypto from 'node:crypto';
import type { EntityType, Extraction, GeoInfo, Mention, Predicate, TimeSpan } from '../../src/extract/types';

/** A hand-built entity: its mentions are every occurrence of its name, aliases and `forms` in the text. */
export interface EntitySpec {
  key: string;
  type: EntityType;
  name: string;
  aliases?: string[];
  forms?: string[];
  geo?: GeoInfo;
  kind?: string;
  when?: { span: TimeSpan; text: string };
}

export interface ExtractionSpec {
  text: string;
  title?: string;
  source?: string;
  url?: string;
  publishedAt?: string;
  origin?: string;
  entities: EntitySpec[];
  /** `in` is a piece of the sentence that states it (default: the first sentence naming both). */
  relations?: Array<{ subject: string; predicate: Predicate; object: string; qualifier?: string; in?: string }>;
  figures?: Array<{ event?: string; value: number; counts: string; qualifier?: string; text: string }>;
}

/** A gazetteer entry for tests. */
export function geo(gazetteerId: string, name: string, extra: Partial<GeoInfo> = {}): GeoInfo {
  return { gazetteer: 'geonames', gazetteerId, name, lat: 1, lon: 2, countryCode: 'XX', featureCode: 'PPL', alternateNames: [], ...extra };
}

/** sha256 of the whitespace-normalised text, as the extraction stage computes it. */
export function contentHashOf(text: string): string {
  return crypto.createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

function splitSentences(text: string): Array<{ index: number; start: number; end: number; text: string }> {
  // Ends: . ! ? followed by white space (or the end), except after short abbreviations (Mrs. Feb. Dr.).
  const ends: number[] = [];
  const re = /[.!?]+(?=\s|$)|\n\s*\n/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 5), m.index);
    if (m[0].startsWith('.') && /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Gen|Feb|Jan|Aug|Sept|Oct|Nov|Dec|St)$/.test(before)) continue;
    ends.push(m.index + m[0].length);
  }
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  const out: Array<{ index: number; start: number; end: number; text: string }> = [];
  let from = 0;
  for (const end of ends) {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== '') out.push({ index: out.length, start: from + lead, end: from + lead + body.length, text: body });
    from = end;
  }
  return out;
}

/** Builds an Extraction by hand from a text and entity names (no extraction logic involved). */
export function buildExtraction(spec: ExtractionSpec): Extraction {
  const sentences = splitSentences(spec.text);
  const sentenceAt = (offset: number): number => {
    const s = sentences.find((x) => offset >= x.start && offset < x.end);
    if (s === undefined) throw new Error(`offset ${offset} is in no sentence`);
    return s.index;
  };
  const find = (form: string): Mention[] => {
    const out: Mention[] = [];
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (let m = re.exec(spec.text); m !== null; m = re.exec(spec.text)) out.push({ sentence: sentenceAt(m.index), start: m.index, end: m.index + form.length, text: form });
    return out;
  };
  const entities = spec.entities.map((e) => {
    const forms = [...new Set([e.name, ...(e.aliases ?? []), ...(e.forms ?? [])])];
    // Longer forms first; a shorter form inside a longer one's span is not a separate mention.
    const taken: Mention[] = [];
    for (const f of forms.sort((a, b) => b.length - a.length)) {
      for (const m of find(f)) if (!taken.some((t) => m.start >= t.start && m.end <= t.end)) taken.push(m);
    }
    if (taken.length === 0) throw new Error(`"${e.name}" is not in the text`);
    const out: Extraction['entities'][number] = { key: e.key, type: e.type, name: e.name, aliases: e.aliases ?? [], mentions: taken.sort((a, b) => a.start - b.start) };
    if (e.geo !== undefined) out.geo = e.geo;
    if (e.kind !== undefined) out.kind = e.kind;
    if (e.when !== undefined) {
      const at = spec.text.indexOf(e.when.text);
      if (at < 0) throw new Error(`"${e.when.text}" is not in the text`);
      out.when = { span: e.when.span, text: e.when.text, sentence: sentenceAt(at) };
    }
    return out;
  });
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const relations = (spec.relations ?? []).map((r) => {
    let sentence: number;
    if (r.in !== undefined) {
      const at = spec.text.indexOf(r.in);
      if (at < 0) throw new Error(`"${r.in}" is not in the text`);
      sentence = sentenceAt(at);
    } else {
      const a = new Set(byKey.get(r.subject)?.mentions.map((m) => m.sentence));
      const both = byKey.get(r.object)?.mentions.find((m) => a.has(m.sentence));
      sentence = both?.sentence ?? byKey.get(r.subject)?.mentions[0]?.sentence ?? 0;
    }
    const out: Extraction['relations'][number] = { subject: r.subject, predicate: r.predicate, object: r.object, sentence, evidence: sentences[sentence]?.text ?? '' };
    if (r.qualifier !== undefined) out.qualifier = r.qualifier;
    return out;
  });
  const figures = (spec.figures ?? []).map((f) => {
    const at = spec.text.indexOf(f.text);
    if (at < 0) throw new Error(`"${f.text}" is not in the text`);
    const out: Extraction['figures'][number] = { value: f.value, counts: f.counts, text: f.text, sentence: sentenceAt(at), start: at, end: at + f.text.length };
    if (f.event !== undefined) out.event = f.event;
    if (f.qualifier !== undefined) out.qualifier = f.qualifier;
    return out;
  });
  const report: Extraction['report'] = { title: spec.title ?? sentences[0]?.text.slice(0, 80) ?? '', origin: spec.origin ?? 'test', contentHash: contentHashOf(spec.text), text: spec.text };
  if (spec.source !== undefined) report.source = spec.source;
  if (spec.url !== undefined) report.url = spec.url;
  if (spec.publishedAt !== undefined) report.publishedAt = spec.publishedAt;
  return { report, sentences, entities, relations, figures, dates: [] };
}
