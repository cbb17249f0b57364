import type { Token } from './internalTypes';

// The token grammar, as one sticky scan: dotted acronyms (U.S.), words with inner hyphens/apostrophes,
// numbers with separators and an optional ordinal suffix, then any other single non-space character.
// `tokenize` reads plain ASCII text by hand with the same rules and hands anything else to this pattern.
const TOKEN =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}{3})*(?:\.\p{N}+)?(?:st|nd|rd|th)?|\S/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const DIGIT_START = /^\p{N}/u;
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)$/;

/** Returned by the ASCII scanners when a character outside ASCII decides the token (the pattern must read it). */
const NOT_ASCII = -1;
const RIGHT_QUOTE = 0x2019;

const PARTICLE_NAME = /^(?:al|el|ad|ash|as|at|az|ar|an|abu|bin|ibn|ben|bint)-\p{Lu}/u;

function isUpperStart(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(text);
}

function makeToken(text: string, start: number): Token {
  const c = text.charCodeAt(0);
  let word: boolean;
  let digit: boolean;
  if (c < 128) {
    digit = c >= 48 && c <= 57;
    word = !digit && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (text.length > 1 && HAS_LETTER.test(text)));
  } else {
    digit = DIGIT_START.test(text);
    word = !digit && HAS_LETTER.test(text);
  }
  const ordinal = digit && text.length > 2 && ORDINAL_SUFFIX.test(text);
  // "al-Velmi", "el-Rashid", "bin-Omar": a lower-case particle joined to a capitalised name is a name word.
  const cap = word && (isUpperStart(text) || (c >= 97 && c <= 122 && PARTICLE_NAME.test(text)));
  return {
    text,
    lower: text.toLowerCase(),
    key: undefined,
    start,
    end: start + text.length,
    sentence: -1,
    cap,
    allCaps: cap && text.length > 1 && ALL_CAPS.test(text.indexOf('.') >= 0 ? text.replace(/\./g, '') : text),
    word,
    num: digit && !ordinal,
    ordinal,
    punct: !word && !digit,
  };
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Punctuation outside ASCII that is common in news text: general punctuation (dashes, curly quotes, …) and « ». */
function isCommonPunctuation(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2027) || c === 0xab || c === 0xbb;
}

/** A character outside ASCII known to be no letter, mark or digit: it ends a word or number. */
function endsWordOutsideAscii(c: number): boolean {
  return (c >= 0x2000 && c <= 0x202f) || c === 0xa0 || c === 0xab || c === 0xbb;
}

/** The UTF-16 unit at i, or -1 past the end (no NaN, so the scanners' comparisons stay numeric). */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

/** What a character after a letter or digit means: ALNUM, STOP, or NOT_ASCII (the pattern must decide). */
const ALNUM = 1;
const STOP = 0;
function classify(c: number): number {
  if (c < 128) return isAsciiLetter(c) || isAsciiDigit(c) ? ALNUM : STOP;
  return endsWordOutsideAscii(c) ? STOP : NOT_ASCII;
}

/** End of the letters and digits from i (NOT_ASCII when a character outside ASCII may continue them). */
function asciiAlnumEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    const k = classify(codeAt(text, j));
    if (k === ALNUM) j += 1;
    else return k === STOP ? j : NOT_ASCII;
  }
}

/** `(?:\p{Lu}\.){2,}` at i: its end, 0 when it does not match, or NOT_ASCII. */
function acronymEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    const c = codeAt(text, j);
    if (c >= 128 && !endsWordOutsideAscii(c)) return NOT_ASCII;
    if (c >= 65 && c <= 90 && codeAt(text, j + 1) === 46) j += 2;
    else break;
  }
  return j - i >= 4 ? j : 0;
}

/** `[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*` at i (an ASCII letter): its end, or NOT_ASCII. */
function wordEnd(text: string, i: number): number {
  let j = asciiAlnumEnd(text, i + 1);
  for (;;) {
    if (j === NOT_ASCII) return NOT_ASCII;
    const c = codeAt(text, j);
    if (c !== 45 && c !== 39 && c !== RIGHT_QUOTE) return j;
    const after = classify(codeAt(text, j + 1));
    if (after !== ALNUM) return after === STOP ? j : NOT_ASCII;
    j = asciiAlnumEnd(text, j + 1);
  }
}

/** End of the digits from i (NOT_ASCII when a character outside ASCII may continue them). */
function asciiDigitsEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    const c = codeAt(text, j);
    if (isAsciiDigit(c)) j += 1;
    else return classify(c) === NOT_ASCII ? NOT_ASCII : j;
  }
}

/** `\p{N}+(?:[.,]\p{N}{3})*(?:\.\p{N}+)?(?:st|nd|rd|th)?` at i (an ASCII digit): its end, or NOT_ASCII. */
function numberEnd(text: string, i: number): number {
  let j = asciiDigitsEnd(text, i);
  if (j === NOT_ASCII) return NOT_ASCII;
  // Groups of exactly three digits after "," or ".".
  for (;;) {
    const sep = codeAt(text, j);
    if (sep !== 44 && sep !== 46) break;
    let k = j + 1;
    for (; k < j + 4; k += 1) {
      const c = codeAt(text, k);
      if (isAsciiDigit(c)) continue;
      if (classify(c) === NOT_ASCII) return NOT_ASCII;
      break;
    }
    if (k < j + 4) break;
    j = k;
  }
  // A decimal part.
  if (codeAt(text, j) === 46) {
    const c = codeAt(text, j + 1);
    if (classify(c) === NOT_ASCII) return NOT_ASCII;
    if (isAsciiDigit(c)) {
      j = asciiDigitsEnd(text, j + 1);
      if (j === NOT_ASCII) return NOT_ASCII;
    }
  }
  const a = codeAt(text, j);
  const b = codeAt(text, j + 1);
  if ((a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104)) j += 2;
  return j;
}

/** Pushes the token, cutting a possessive 's (or ’s) off a longer token. */
function pushToken(tokens: Token[], raw: string, start: number): void {
  const n = raw.length;
  if (n > 2) {
    const q = raw.charCodeAt(n - 2);
    const s = raw.charCodeAt(n - 1);
    if ((q === 39 || q === RIGHT_QUOTE) && (s === 115 || s === 83)) {
      tokens.push(makeToken(raw.slice(0, n - 2), start));
      tokens.push(makeToken(raw.slice(n - 2), start + n - 2));
      return;
    }
  }
  tokens.push(makeToken(raw, start));
}

/** Cuts text into word, number and punctuation tokens with their offsets (possessive 's is its own token). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const len = text.length;
  let i = from;
  while (i < len) {
    const c = codeAt(text, i);
    if (isAsciiSpace(c)) {
      i += 1;
      continue;
    }
    if (i >= to) break;
    let end = NOT_ASCII;
    if (c < 128) {
      if (isAsciiLetter(c)) {
        end = c <= 90 && codeAt(text, i + 1) === 46 ? acronymEnd(text, i) : 0;
        if (end === 0) end = wordEnd(text, i);
      } else if (isAsciiDigit(c)) end = numberEnd(text, i);
      else end = i + 1;
    } else if (isCommonPunctuation(c)) end = i + 1;
    if (end !== NOT_ASCII) {
      pushToken(tokens, text.slice(i, end), i);
      i = end;
      continue;
    }
    // A character outside ASCII: let the pattern read the token (it also skips Unicode spaces).
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (m === null || m.index >= to) break;
    pushToken(tokens, m[0], m.index);
    i = m.index + m[0].length;
  }
  return tokens;
}

/** True for the possessive "'s" (or "’s") the tokenizer cuts off a name: "Peru's", "the ministry's". */
export function isPossessiveMark(tok: Token | undefined): boolean {
  return tok?.text === "'s" || tok?.text === '’s';
}

/**
 * True when token i marks a possessive: "'s", or a bare apostrophe after a name ending in s
 * ("Honduras' Foreign Minister", "the Workers' Party") followed by a word after a space.
 */
export function isPossessiveAt(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  if (isPossessiveMark(t)) return true;
  if (!t || (t.text !== "'" && t.text !== '’')) return false;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return !!prev && !!next && prev.end === t.start && /s$/i.test(prev.text) && next.word && next.start > t.end && next.sentence === t.sentence;
}
