import type { Extraction } from '../extract/types';
import { claimId } from './claimId';
import { normalizeName } from './normalizeName';
import type { ResolvedClaim } from './ResolvedReport';

const blank = { qualifier: null, value: null, counts: null, start: null, end: null, precision: null } as const;

/**
 * The claims of one report (docs/graph-model.md): every relation, REPORTED_FIGURE for figures,
 * HAPPENED_ON for event dates and NAMED_AS for every name-form an event is given (what an event is
 * called is the contested framing; the name-forms of people, places and organisations are attributed
 * by their MENTIONS, which carry the words, the sentence and so the report). Claims whose ids
 * coincide (the same statement twice in one sentence) are written once. Throws when the extraction
 * refers to a sentence or entity it does not have.
 */
export function buildClaims(x: Extraction, articleId: string, keyMap: Readonly<Record<string, string>>): ResolvedClaim[] {
  const sentenceIds = new Set(x.sentences.map((s) => s.index));
  const sid = (i: number): string => {
    if (!sentenceIds.has(i)) throw new Error(`the extraction refers to sentence ${i}, which it does not have`);
    return `${articleId}#s${i}`;
  };
  const eid = (key: string): string => {
    const id = keyMap[key];
    if (id === undefined) throw new Error(`the extraction refers to entity "${key}", which it does not have`);
    return id;
  };
  const out = new Map<string, ResolvedClaim>();
  const add = (c: ResolvedClaim): void => {
    if (!out.has(c.id)) out.set(c.id, c);
  };

  for (const r of x.relations) {
    // General geography is no claim of the report: the writer links such places WITHIN their country.
    if (r.basis === 'gazetteer') continue;
    const subjectId = eid(r.subject);
    const objectId = eid(r.object);
    if (subjectId === objectId) continue; // both keys resolved to one node: no relation to state
    const qualifier = r.qualifier ?? null;
    add({ ...blank, id: claimId(articleId, r.predicate, subjectId, `${objectId}|${qualifier ?? ''}`, r.sentence), predicate: r.predicate, subjectId, objectId, sentenceId: sid(r.sentence), text: r.evidence, qualifier });
  }
  for (const f of x.figures) {
    const subjectId = f.event !== undefined ? eid(f.event) : null;
    add({
      ...blank,
      id: claimId(articleId, 'REPORTED_FIGURE', subjectId, `${f.value}|${f.counts}|${f.start}`, f.sentence),
      predicate: 'REPORTED_FIGURE',
      subjectId,
      objectId: null,
      sentenceId: sid(f.sentence),
      text: f.text,
      value: f.value,
      counts: f.counts,
      qualifier: f.qualifier ?? null,
    });
  }
  for (const e of x.entities) {
    const subjectId = eid(e.key);
    if (e.type === 'Event' && e.when !== undefined) {
      const { span, text, sentence } = e.when;
      add({ ...blank, id: claimId(articleId, 'HAPPENED_ON', subjectId, `${span.start}/${span.end}/${span.precision}`, sentence), predicate: 'HAPPENED_ON', subjectId, objectId: null, sentenceId: sid(sentence), text, start: span.start, end: span.end, precision: span.precision });
    }
    if (e.type !== 'Event') continue;
    const forms = [...new Set([e.name, ...e.aliases].map((f) => f.trim()).filter((f) => f !== ''))];
    for (const form of forms) {
      const norm = normalizeName(form);
      const m = e.mentions.find((mm) => mm.text === form) ?? e.mentions.find((mm) => normalizeName(mm.text) === norm);
      if (m === undefined) continue; // a form the text never shows is no label the report used
      add({ ...blank, id: claimId(articleId, 'NAMED_AS', subjectId, m.text, m.sentence), predicate: 'NAMED_AS', subjectId, objectId: null, sentenceId: sid(m.sentence), text: m.text });
    }
  }
  return [...out.values()];
}
