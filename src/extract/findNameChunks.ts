import { isCommonWord } from './commonWords';
import { countryGazetteer } from './countryGazetteer';
import { isFunctionWord } from './functionWords';
import { ORG_HEADS } from './orgHeadWords';
import type { Doc, Token, TokenSpan } from './internalTypes';
import { isTitleWord } from './roleWords';
import { isSentenceInitial, spanKey } from './spanText';
import { NAME_ABBREVIATIONS } from './abbreviations';

/** Lower-case words allowed inside a capitalised name when a capitalised word follows. */
const CONNECTORS = new Set([
  'of', 'for', 'de', 'del', 'della', 'da', 'do', 'dos', 'das', 'di', 'du', 'la', 'le', 'van', 'von', 'der',
  'den', 'bin', 'ibn', 'al', 'el', 'y', 'es', 'am', 'upon', 'sur',
]);

/** Second particles after "de", "van" and the like: "de la", "de los", "van der", "von der". */
const PAIRED_PARTICLES = new Set(['la', 'las', 'los', 'le', 'les', 'der', 'den', 'del']);

function isNameToken(tok: Token): boolean {
  return (tok.cap && tok.word) || tok.allCaps;
}

/**
 * Finds runs of capitalised tokens ("Nobel Peace Foundation", "Embassy of Velmora",
 * "UN Trusteeship Council"), joined by "of", "for", "the" and similar connectors when a capitalised
 * token follows. A sentence-initial capital that is a function word or an everyday word ("The",
 * "Addressing") does not start a run. Tokens in `blocked` (dates) end a run.
 */
export function findNameChunks(doc: Doc, blocked: Uint8Array): TokenSpan[] {
  const chunks: TokenSpan[] = [];
  const toks = doc.tokens;
  let i = 0;
  while (i < toks.length) {
    const tok = toks[i] as Token;
    if (!isNameToken(tok) || blocked[i]) {
      i += 1;
      continue;
    }
    // A country's name still starts one ("Chad, a neighbour of Niger, ...", "China said").
    // "Harbour Airlines cancelled ...": an everyday word before an organisation's head word still starts it.
    const beforeOrgHead = !!toks[i + 1]?.cap && ORG_HEADS.has(toks[i + 1]?.lower ?? '');
    if (isSentenceInitial(doc, i) && (isFunctionWord(tok.lower) || (isCommonWord(tok.lower) && !tok.allCaps && !isTitleWord(tok.lower) && !beforeOrgHead && !countryGazetteer().byName.has(tok.lower)))) {
      i += 1;
      continue;
    }
    let end = i + 1;
    for (;;) {
      const next = toks[end];
      if (!next || blocked[end] || next.sentence !== tok.sentence) break;
      if (next.start > (toks[end - 1] as Token).end + 1 && /\n/.test(doc.text.slice((toks[end - 1] as Token).end, next.start))) break;
      if (isNameToken(next)) {
        end += 1;
        continue;
      }
      // "Port St. Lucie", "Mt. Hood": a short form inside a name.
      if (next.text === '.' && NAME_ABBREVIATIONS.has((toks[end - 1] as Token).lower) && toks[end + 1] && isNameToken(toks[end + 1] as Token) && !blocked[end + 1]) {
        end += 2;
        continue;
      }
      // "Veterans' Affairs", "the Tenants' Union": a plural possessive inside a name.
      // Not before a title: "the Velmo Islands' Minister of X" is a possessive.
      if ((next.text === "'" || next.text === '’') && next.start === (toks[end - 1] as Token).end && (toks[end - 1] as Token).lower.endsWith('s') && toks[end + 1] && isNameToken(toks[end + 1] as Token) && !isTitleWord((toks[end + 1] as Token).lower) && !blocked[end + 1] && toks[end + 1]?.sentence === tok.sentence) {
        end += 2;
        continue;
      }
      // "and" inside a country's name ("Antigua and Barbuda"): only when the whole is a country.
      if (next.lower === 'and') {
        const joined = countryWithAnd(doc, i, end);
        if (joined > 0) {
          end = joined;
          continue;
        }
      }
      // connector (+ optional "the") followed by a capitalised token
      if (CONNECTORS.has(next.lower) && !next.cap) {
        let k = end + 1;
        // "of the X", and a second particle: "de la X", "van der Y", "de los Z".
        if (toks[k]?.lower === 'the' || (PAIRED_PARTICLES.has(toks[k]?.lower ?? '') && !toks[k]?.cap)) k += 1;
        const after = toks[k];
        if (after && !blocked[k] && isNameToken(after) && after.sentence === tok.sentence) {
          end = k + 1;
          continue;
        }
      }
      break;
    }
    chunks.push({ start: i, end });
    i = end;
  }
  return chunks;
}

/**
 * The end of a country name written with "and" that starts within [start, andAt) and goes on after
 * the "and" at `andAt` with one to three name tokens ("Saint Kitts and Nevis"), or 0 when there is none.
 */
function countryWithAnd(doc: Doc, start: number, andAt: number): number {
  const { byName } = countryGazetteer();
  const toks = doc.tokens;
  for (let from = start; from < andAt; from += 1) {
    for (let n = 3; n >= 1; n -= 1) {
      const last = andAt + n;
      if (!toks.slice(andAt + 1, last + 1).every((t) => isNameToken(t))) continue;
      if (byName.has(spanKey(doc, from, last + 1))) return last + 1;
    }
  }
  return 0;
}
