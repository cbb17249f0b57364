import type { ExtractedEntity, Extraction } from '../extract/types';
import { buildArticle } from './buildArticle';
import { buildClaims } from './buildClaims';
import { entityId } from './entityId';
import { entityNames, type EntityNames } from './entityNames';
import { eventDayKeys } from './eventDayKeys';
import { indexCandidates, isCandidateIndex, type CandidateIndex } from './indexCandidates';
import { nameKey } from './nameKey';
import { normalizeName } from './normalizeName';
import type { CandidateEntity, Resolution, ResolvedEntity, ResolvedMention, ResolvedReport } from './ResolvedReport';
import { stripTitles } from './stripTitles';

interface Decision {
  id: string;
  resolution: Resolution;
  matched: boolean;
}

const distinct = (cs: readonly CandidateEntity[]): CandidateEntity[] => [...new Map(cs.map((c) => [c.id, c])).values()];

/** By name: the node whose normName is this one, else the one node that has it (or one of our aliases) as an alias. */
function byName(e: ExtractedEntity, n: EntityNames, idx: CandidateIndex): Decision | 'ambiguous' | undefined {
  const found = distinct(idx.byKey(nameKey(e.type, 'name', n.normName)).filter((c) => c.type === e.type));
  const same = found.filter((c) => c.normName === n.normName);
  if (same.length === 1) return { id: (same[0] as CandidateEntity).id, resolution: e.type === 'Place' && same[0]?.gazetteerId !== undefined && e.geo !== undefined ? 'gazetteer-id' : 'same-name', matched: true };
  if (same.length > 1) return 'ambiguous';
  if (found.length === 1) return { id: (found[0] as CandidateEntity).id, resolution: 'alias', matched: true };
  if (found.length > 1) return 'ambiguous';
  const viaAlias = distinct(n.aliasNorms.flatMap((a) => idx.byKey(nameKey(e.type, 'name', a))).filter((c) => c.type === e.type));
  if (viaAlias.length === 1) return { id: (viaAlias[0] as CandidateEntity).id, resolution: 'alias', matched: true };
  return viaAlias.length > 1 ? 'ambiguous' : undefined;
}

/**
 * Resolves the entities of one report against candidates already in the graph (fetched by the
 * writer by their lookup keys) and returns everything the writer needs, with deterministic ids.
 * Pure: same inputs, same output.
 *
 * Rules: types never merge; people by their name without titles, a one-word name ("Y", "Mrs. Y")
 * by the one person of the report, else of the graph, whose name ends with it; places by gazetteer
 * id, else by name or gazetteer alternate name; organisations and events by normalised name or
 * alias; events also by an overlapping day span at the same gazetteer place (`same-event`).
 */
export function resolveEntities(extraction: Extraction, candidates: readonly CandidateEntity[] | CandidateIndex): ResolvedReport {
  const { article, sentences } = buildArticle(extraction);
  const idx = isCandidateIndex(candidates) ? candidates : indexCandidates(candidates);
  const names = new Map(extraction.entities.map((e) => [e.key, entityNames(e)]));
  const nm = (e: ExtractedEntity): EntityNames => names.get(e.key) as EntityNames;
  const byKey = new Map(extraction.entities.map((e) => [e.key, e]));
  const decisions = new Map<string, Decision>();

  // Where each dated event of the report took place (gazetteer ids), for same-event.
  const eventPlaces = new Map<string, Set<string>>();
  for (const r of extraction.relations) {
    const place = byKey.get(r.object);
    if (r.predicate === 'TOOK_PLACE_IN' && place?.geo !== undefined) {
      eventPlaces.set(r.subject, (eventPlaces.get(r.subject) ?? new Set()).add(place.geo.gazetteerId));
    }
  }
  // The `day-at` keys an event registers, so that later reports find it by place and day.
  const dayKeys = (e: ExtractedEntity): string[] => (e.type === 'Event' ? eventDayKeys(eventPlaces.get(e.key) ?? [], e.when?.span) : []);

  const fresh = (e: ExtractedEntity): Decision => {
    const id = entityId(e.type, nm(e).normName, e.geo);
    const existing = idx.byId.get(id);
    if (existing === undefined) return { id, resolution: 'new', matched: false };
    return { id, resolution: e.geo !== undefined ? 'gazetteer-id' : 'same-name', matched: true };
  };

  const decide = (e: ExtractedEntity): Decision => {
    const n = nm(e);
    if (e.type === 'Place' && e.geo !== undefined) {
      const id = entityId('Place', n.normName, e.geo);
      const hit = idx.byId.get(id) ?? idx.byGazetteerId(e.geo.gazetteerId).find((c) => c.type === 'Place');
      return hit === undefined ? { id, resolution: 'new', matched: false } : { id: hit.id, resolution: 'gazetteer-id', matched: true };
    }
    if (e.type === 'Place') {
      // A place the gazetteer did not place may be a spelling the report's own gazetteer places list.
      const local = extraction.entities.filter(
        (o) => o.type === 'Place' && o.geo !== undefined && [o.geo.name, ...o.geo.alternateNames].some((alt) => normalizeName(alt) === n.normName),
      );
      const ids = [...new Set(local.map((o) => entityId('Place', nm(o).normName, o.geo)))];
      if (ids.length === 1) return { id: ids[0] as string, resolution: 'alias', matched: false };
    }
    if (n.singleWord) {
      const word = n.normName;
      const inReport = extraction.entities.filter((o) => o.type === 'Person' && o !== e && !nm(o).singleWord && nm(o).normName.endsWith(` ${word}`));
      const reportIds = [...new Set(inReport.map((o) => decisions.get(o.key)?.id ?? entityId('Person', nm(o).normName)))];
      if (reportIds.length === 1) {
        const target = inReport.map((o) => decisions.get(o.key)).find((d) => d !== undefined);
        return { id: reportIds[0] as string, resolution: 'short-form', matched: target?.matched ?? false };
      }
      if (reportIds.length === 0) {
        const inGraph = distinct(idx.byKey(nameKey('Person', 'surname', word)).filter((c) => c.type === 'Person' && c.normName !== word));
        if (inGraph.length === 1) return { id: (inGraph[0] as CandidateEntity).id, resolution: 'short-form', matched: true };
      }
    }
    const named = byName(e, n, idx);
    if (named === 'ambiguous') return fresh(e);
    if (named !== undefined) return named;
    if (e.type === 'Event' && e.when !== undefined) {
      const places = eventPlaces.get(e.key);
      const span = e.when.span;
      if (places !== undefined) {
        const hits = distinct(eventDayKeys(places, span).flatMap((k) => idx.byKey(k)).filter((c) => c.type === 'Event'));
        if (hits.length === 1) return { id: (hits[0] as CandidateEntity).id, resolution: 'same-event', matched: true };
      }
    }
    return fresh(e);
  };

  // Full names before one-word names, so a surname can find its person in the report.
  const order = [...extraction.entities].sort((a, b) => Number(nm(a).singleWord) - Number(nm(b).singleWord));
  for (const e of order) decisions.set(e.key, decide(e));

  // A same-event match is kind-independent, so it must be unambiguous within the report too.
  for (const e of order) {
    const d = decisions.get(e.key) as Decision;
    if (d.resolution !== 'same-event') continue;
    const others = order.filter((o) => o !== e && decisions.get(o.key)?.id === d.id);
    if (others.length > 0) decisions.set(e.key, fresh(e));
  }

  const keyMap: Record<string, string> = {};
  const entities = new Map<string, ResolvedEntity>();
  const mentions: ResolvedMention[] = [];
  for (const e of extraction.entities) {
    const d = decisions.get(e.key) as Decision;
    const n = nm(e);
    keyMap[e.key] = d.id;
    const seen = entities.get(d.id);
    if (seen === undefined) {
      const r: ResolvedEntity = { id: d.id, type: e.type, name: n.name, normName: n.normName, aliases: n.forms, keys: d.resolution === 'short-form' ? [] : [...n.keys, ...dayKeys(e)], resolution: d.resolution, matchedExisting: d.matched };
      if (e.geo !== undefined) r.geo = e.geo;
      if (e.kind !== undefined) r.kind = e.kind;
      entities.set(d.id, r);
    } else {
      // Two extracted entities of one node: keep the fullest name, every form and key.
      if (n.name.length > seen.name.length && d.resolution !== 'short-form') {
        seen.name = n.name;
        seen.normName = n.normName;
      }
      seen.aliases = [...new Set([...seen.aliases, ...n.forms])];
      if (d.resolution !== 'short-form') seen.keys = [...new Set([...seen.keys, ...n.keys, ...dayKeys(e)])];
      seen.matchedExisting ||= d.matched;
      if (seen.resolution === 'new' && d.resolution !== 'short-form') seen.resolution = d.resolution;
      if (seen.geo === undefined && e.geo !== undefined) seen.geo = e.geo;
      if (seen.kind === undefined && e.kind !== undefined) seen.kind = e.kind;
    }
    for (const m of e.mentions) {
      let resolution = d.resolution;
      const form = normalizeName(e.type === 'Person' ? stripTitles(m.text) : m.text);
      const full = entities.get(d.id)?.normName ?? n.normName;
      if (e.type === 'Person' && !form.includes(' ') && full.includes(' ') && full.endsWith(` ${form}`)) resolution = 'short-form';
      mentions.push({ sentenceId: `${article.id}#s${m.sentence}`, entityId: d.id, start: m.start, end: m.end, text: m.text, resolution });
    }
  }
  const sentenceIds = new Set(sentences.map((s) => s.id));
  for (const m of mentions) {
    if (!sentenceIds.has(m.sentenceId)) throw new Error(`a mention of "${m.text}" refers to a sentence the extraction does not have`);
  }
  // A mention listed twice (same place, same node) is one mention.
  const uniqueMentions = [...new Map(mentions.map((m) => [`${m.entityId}@${m.start}:${m.end}`, m])).values()];
  const claims = buildClaims(extraction, article.id, keyMap);
  return { article, sentences, entities: [...entities.values()], mentions: uniqueMentions, claims, keyMap };
}
