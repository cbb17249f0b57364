import { ABBREVIATIONS, ABBREVIATIONS_BEFORE_NUMBER } from './abbreviations';
import { isFunctionWord } from './functionWords';
import type { Token } from './internalTypes';
import { tokenize } from './tokenize';
import type { Sentence } from './types';

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const BLANK_LINE = /\n[ \t\r\f\v]*\n/;

/** True when the full stop at `tokens[i]` belongs to a short form or initial and does not end the sentence. */
function stopIsAbbreviation(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || prev.end !== tokens[i]?.start) return false;
  if (!next) return false;
  const nextLower = /^\p{Ll}/u.test(next.text);
  if (nextLower) return true; // "e.g. the", "Feb. the"
  if (ABBREVIATIONS.has(prev.lower)) return true;
  if (ABBREVIATIONS_BEFORE_NUMBER.has(prev.lower) && (next.num || next.ordinal)) return true;
  // A single capital initial before a capitalised word: "J. Brown".
  if (prev.text.length === 1 && prev.cap && next.cap && !isFunctionWord(next.lower)) return true;
  return false;
}

/**
 * Finds sentence ends in a token list: returns the index of the first token of every sentence.
 * Ends at . ! ? (with closing quotes/brackets), at blank lines and at line breaks before a capital
 * where the line did not end in mid-phrase; never after short forms such as "Feb." or "Mr.".
 */
export function sentenceStarts(text: string, tokens: Token[]): number[] {
  const starts: number[] = [];
  if (tokens.length === 0) return starts;
  starts.push(0);
  for (let i = 0; i < tokens.length - 1; i += 1) {
    const tok = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    let boundary = false;
    const spaced = next.start > tok.end;
    const gap = spaced && (next.start - tok.end > 1 || text.charCodeAt(tok.end) !== 32) ? text.slice(tok.end, next.start) : spaced ? ' ' : '';
    if (gap.length > 0 && gap.includes('\n')) {
      if (BLANK_LINE.test(gap)) boundary = true;
      else if (TERMINAL.has(tok.text) || CLOSERS.has(tok.text)) boundary = true;
      else if ((next.cap || next.num) && !(tok.word && !tok.cap) && tok.text !== ',') boundary = true;
    }
    if (!boundary && tok.punct && TERMINAL.has(tok.text)) {
      // Take closing quotes/brackets along.
      let j = i;
      while (j + 1 < tokens.length && CLOSERS.has((tokens[j + 1] as Token).text) && (tokens[j + 1] as Token).start === (tokens[j] as Token).end) j += 1;
      const after = tokens[j + 1];
      if (after && after.start > (tokens[j] as Token).end) {
        const startsLikeSentence = after.cap || after.num || /^["“‘'(\[]/.test(after.text);
        if (startsLikeSentence && !(tok.text === '.' && stopIsAbbreviation(tokens, i))) {
          starts.push(j + 1);
          i = j;
          continue;
        }
      }
    }
    // A dotted acronym at the end of a sentence: "in the U.S. The ..."
    if (!boundary && tok.word && tok.text.endsWith('.') && next.cap && isFunctionWord(next.lower) && gap.length > 0) boundary = true;
    if (boundary) starts.push(i + 1);
  }
  return starts;
}

/** Builds Sentence records (index, offsets, text) from sentence start token indexes. */
export function sentencesFromStarts(text: string, tokens: Token[], starts: number[]): Sentence[] {
  const out: Sentence[] = [];
  for (let s = 0; s < starts.length; s += 1) {
    const first = tokens[starts[s] as number] as Token;
    const lastIndex = (s + 1 < starts.length ? (starts[s + 1] as number) : tokens.length) - 1;
    const last = tokens[lastIndex] as Token;
    out.push({ index: s, start: first.start, end: last.end, text: text.slice(first.start, last.end) });
  }
  return out;
}

/** Splits report text into sentences with character offsets; does not split after "Feb.", "Mr.", initials. */
export function splitSentences(text: string): Sentence[] {
  const tokens = tokenize(text);
  return sentencesFromStarts(text, tokens, sentenceStarts(text, tokens));
}
