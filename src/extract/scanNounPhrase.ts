import { NAME_ABBREVIATIONS } from './abbreviations';
import { DETERMINERS, isFunctionWord } from './functionWords';
import type { Doc, Token } from './internalTypes';
import { canBeNominal, isLikelyVerb } from './partOfSpeech';
import { isPossessiveMark } from './tokenize';

/** Where a noun phrase lies: [start, end) with `head` the first token after determiners. */
export interface PhraseSpan {
  start: number;
  end: number;
  head: number;
}

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens',
  'hundreds', 'thousands', 'millions',
]);

function isContent(tok: Token | undefined, sentence: number): boolean {
  if (!tok || tok.sentence !== sentence) return false;
  if (tok.num || tok.ordinal) return true;
  if (!tok.word) return tok.text === '“' || tok.text === '"';
  if (tok.cap) return !isFunctionWord(tok.lower);
  if (isFunctionWord(tok.lower)) return false;
  return !isLikelyVerb(tok.lower) && canBeNominal(tok.lower);
}

/**
 * Scans a noun phrase from token i: determiners and numbers, then capitalised words, nouns and
 * adjectives, "of" + another phrase, and (when `allowAnd`) "and" + another phrase. Stops at
 * punctuation, other function words and words that are mostly verbs ("began", "remains").
 */
export function scanNounPhrase(doc: Doc, i: number, opts: { allowAnd?: boolean; allowIn?: boolean; andProper?: boolean; maxTokens?: number } = {}): PhraseSpan | undefined {
  const toks = doc.tokens;
  const first = toks[i];
  if (!first) return undefined;
  const sentence = first.sentence;
  const max = opts.maxTokens ?? 14;
  let j = i;
  while (toks[j] && toks[j]?.sentence === sentence && (DETERMINERS.has((toks[j] as Token).lower) || NUMBER_WORDS.has((toks[j] as Token).lower))) j += 1;
  const head = j;
  let end = j;
  let inQuote = false;
  while (end < toks.length && end - i < max) {
    const tok = toks[end] as Token;
    if (tok.sentence !== sentence) break;
    if (tok.text === '“' || (tok.text === '"' && !inQuote)) {
      inQuote = true;
      end += 1;
      continue;
    }
    if (inQuote) {
      if (tok.text === '”' || tok.text === '"') inQuote = false;
      end += 1;
      continue;
    }
    if (isContent(tok, sentence)) {
      end += 1;
      continue;
    }
    if (tok.text === '-' && isContent(toks[end + 1], sentence) && end > head) {
      end += 1;
      continue;
    }
    // "St. Ansgar": the stop of a short form inside a name.
    if (tok.text === '.' && end > head && NAME_ABBREVIATIONS.has((toks[end - 1] as Token).lower) && (toks[end - 1] as Token).cap && toks[end + 1]?.cap && toks[end + 1]?.sentence === sentence) {
      end += 1;
      continue;
    }
    if (isPossessiveMark(tok) && end > head && isContent(toks[end + 1], sentence)) {
      end += 1;
      continue;
    }
    // "... of the killings in Velmora": a capitalised place after "in".
    if (opts.allowIn && end > head && tok.lower === 'in' && toks[end + 1]?.cap && toks[end + 1]?.word && toks[end + 1]?.sentence === sentence && !isFunctionWord((toks[end + 1] as Token).lower)) {
      end += 2;
      continue;
    }
    // "of Tarsk, Lima and Oslo" (andProper): only capitalised names after "and".
    if (opts.andProper && end > head && tok.lower === 'and' && toks[end + 1]?.cap && toks[end + 1]?.word && toks[end + 1]?.sentence === sentence && (toks[end - 1] as Token).cap && !isFunctionWord((toks[end + 1] as Token).lower)) {
      end += 1;
      continue;
    }
    // "in Tarsk, Lima and Oslo": a list of capitalised names.
    if ((opts.allowAnd || opts.andProper) && end > head && tok.text === ',' && toks[end + 1]?.cap && toks[end + 1]?.word && (toks[end - 1] as Token).cap && !isFunctionWord((toks[end + 1] as Token).lower)) {
      let k = end + 1;
      while (toks[k]?.cap && toks[k]?.word) k += 1;
      if (toks[k]?.text === ',' || toks[k]?.lower === 'and') {
        end += 1;
        continue;
      }
    }
    if (end > head && (tok.lower === 'of' || (opts.allowAnd && tok.lower === 'and'))) {
      let k = end + 1;
      while (toks[k] && DETERMINERS.has((toks[k] as Token).lower)) k += 1;
      while (toks[k] && NUMBER_WORDS.has((toks[k] as Token).lower)) k += 1;
      if (isContent(toks[k], sentence)) {
        end = k;
        continue;
      }
    }
    break;
  }
  if (end === head) return undefined;
  return { start: i, end, head };
}
