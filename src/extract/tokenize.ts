import type { Token } from './internalTypes';

// One sticky scan: dotted acronyms (U.S.), words with inner hyphens/apostrophes, numbers with
// separators and an optional ordinal suffix, then any other single non-space character.
const TOKEN =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}{3})*(?:\.\p{N}+)?(?:st|nd|rd|th)?|\S/gu;
const POSSESSIVE = /^(.+?)(['’][sS])$/u;
const UPPER_START = /^\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const DIGIT_START = /^\p{N}/u;

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
  const ordinal = digit && text.length > 2 && /(?:st|nd|rd|th)$/.test(text);
  const cap = word && isUpperStart(text);
  return {
    text,
    lower: text.toLowerCase(),
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

/** Cuts text into word, number and punctuation tokens with their offsets (possessive 's is its own token). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < to) {
    const raw = m[0];
    const poss = raw.length > 2 ? POSSESSIVE.exec(raw) : null;
    if (poss && poss[1] !== undefined && poss[2] !== undefined) {
      tokens.push(makeToken(poss[1], m.index));
      tokens.push(makeToken(poss[2], m.index + poss[1].length));
    } else {
      tokens.push(makeToken(raw, m.index));
    }
  }
  return tokens;
}
