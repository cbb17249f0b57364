import type { MentionRef } from './buildEntities';
import type { Token } from './internalTypes';
import { addRelation, mentionStartingAt, skipDeterminers, type RelationContext } from './relationContext';
import { scanNounPhrase } from './scanNounPhrase';

const STATION = new Set(['stationed', 'deployed', 'based', 'garrisoned', 'positioned']);
const LOCATE = new Set(['located', 'headquartered', 'situated', 'based']);
const MILITARY = /\b(?:forces|force|army|regiment|brigade|battalion|division|corps|troops|militants|militia|fleet|squadron|unit|guards|military|navy)\b/i;

/**
 * STATIONED_IN and LOCATED_IN: "the X regiment (of ...), stationed in P", "the embassy in P",
 * "X, based in P", "City, Country".
 */
export function findLocationRelations(rc: RelationContext): void {
  const toks = rc.ctx.doc.tokens;
  for (const m of rc.built.mentions) {
    if (m.type === 'Organization') {
      let k = m.end;
      if (toks[k]?.lower === 'of') {
        const np = scanNounPhrase(rc.ctx.doc, k + 1);
        if (np) k = np.end;
      }
      if (toks[k]?.text === ',') k += 1;
      // ", which was (then) stationed in"
      if (toks[k]?.lower === 'which' || toks[k]?.lower === 'that') {
        k += 1;
        while (toks[k] && /^(?:was|were|is|are|had|has|been|then|also|once|later|still)$/.test((toks[k] as Token).lower)) k += 1;
      }
      const verb = toks[k];
      if (verb && (STATION.has(verb.lower) || LOCATE.has(verb.lower)) && toks[k + 1]?.lower === 'in') {
        const place = mentionStartingAt(rc, skipDeterminers(toks, k + 2), ['Place']);
        if (place) {
          const name = rc.byKey.get(m.key)?.name ?? '';
          const predicate = STATION.has(verb.lower) && (MILITARY.test(name) || verb.lower !== 'based') ? 'STATIONED_IN' : 'LOCATED_IN';
          addRelation(rc, m.key, predicate, place.key, m.sentence);
        }
      }
      // "the embassy in P"
      if (toks[m.end]?.lower === 'in') {
        const place = mentionStartingAt(rc, skipDeterminers(toks, m.end + 1), ['Place']);
        if (place) addRelation(rc, m.key, MILITARY.test(rc.byKey.get(m.key)?.name ?? '') ? 'STATIONED_IN' : 'LOCATED_IN', place.key, m.sentence);
      }
    }
    if (m.type === 'Place') placeApposition(rc, m);
    if (m.type === 'Place' && toks[m.end]?.text === ',') {
      const next = mentionStartingAt(rc, m.end + 1, ['Place']);
      const inner = rc.byKey.get(m.key)?.geo;
      const outer = next ? rc.byKey.get(next.key)?.geo : undefined;
      const after = next ? toks[next.end] : undefined;
      const listGoesOn = !!after && (after as Token).lower === 'and';
      if (next && inner && outer && outer.featureCode.startsWith('PCL') && !inner.featureCode.startsWith('PCL') && inner.countryCode === outer.countryCode && !listGoesOn) {
        addRelation(rc, m.key, 'LOCATED_IN', next.key, m.sentence);
      }
      // "Austin, Texas": a city, then a region the gazetteer does not list.
      if (next && inner && !outer && !inner.featureCode.startsWith('PCL') && (rc.ctx.candidates[next.candidate]?.rule === 'region-after-city') && !listGoesOn) {
        addRelation(rc, m.key, 'LOCATED_IN', next.key, m.sentence);
      }
    }
  }
}

const IN_WORDS = new Set(['in', 'of', 'inside', 'within']);

/**
 * "X, a town in Y", "X, the main city of Y", "Y's X" (a square in a city): the report places X in Y.
 */
function placeApposition(rc: RelationContext, m: MentionRef): void {
  const toks = rc.ctx.doc.tokens;
  // "London's Trafalgar Square"
  if ((toks[m.end]?.text === "'s" || toks[m.end]?.text === '’s')) {
    const inner = mentionStartingAt(rc, m.end + 1, ['Place', 'Organization']);
    if (inner) addRelation(rc, inner.key, 'LOCATED_IN', m.key, m.sentence);
  }
  if (toks[m.end]?.text !== ',') return;
  let k = m.end + 1;
  const det = toks[k];
  if (!det || !/^(?:a|an|the)$/.test(det.lower)) return;
  k += 1;
  let sawNoun = false;
  for (let n = 0; n < 6 && k < toks.length; n += 1, k += 1) {
    const t = toks[k] as Token;
    if (t.sentence !== m.sentence || !t.word) return;
    if (IN_WORDS.has(t.lower) && sawNoun) {
      const target = mentionStartingAt(rc, skipDeterminers(toks, k + 1), ['Place']);
      if (target && target.key !== m.key) addRelation(rc, m.key, 'LOCATED_IN', target.key, m.sentence);
      return;
    }
    if (SETTLEMENT_NOUNS.has(t.lower)) sawNoun = true;
  }
}

const SETTLEMENT_NOUNS = new Set(['town', 'city', 'village', 'capital', 'region', 'district', 'province', 'settlement', 'square', 'neighbourhood', 'neighborhood', 'suburb', 'area', 'enclave', 'territory', 'port', 'republic']);
