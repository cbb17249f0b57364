/**
 * Shapes used only inside the extraction stage (the public shapes are in `types.ts`).
 * Token indexes are positions in `Doc.tokens`; spans are end-exclusive.
 */
import type { EntityType, GeoInfo, Sentence, TimeSpan } from './types';

/** One token of the report text. */
export interface Token {
  text: string;
  /** Lower-cased text. */
  lower: string;
  /** `normalizeName(text)`, set by `tokenKey` on first use. */
  key: string | undefined;
  start: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Letters only, all upper case, at least two of them (UN, NATO). */
  allCaps: boolean;
  /** Contains a letter. */
  word: boolean;
  /** A cardinal number written in digits (613, 1,275, 2.5). */
  num: boolean;
  /** An ordinal written with digits (26th, 12th). */
  ordinal: boolean;
  /** Neither letter nor digit (punctuation, quotes, dashes). */
  punct: boolean;
}

/** The report text cut into sentences and tokens, with paragraph numbers. */
export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** For each sentence: [first token, end token). */
  sentenceTokens: Array<[number, number]>;
  /** For each sentence: index of its paragraph (blank-line separated). */
  sentenceParagraph: number[];
}

/** A run of tokens [start, end). */
export interface TokenSpan {
  start: number;
  end: number;
}

/** A found mention before entities are built: what it is, where it is, and what the finder learnt. */
export interface Candidate extends TokenSpan {
  type: EntityType;
  /** The name as the report writes it (articles stripped). */
  name: string;
  /** Which rule found it (for debugging and tests). */
  rule: string;
  /** A definite description ("the embassy", "the envoy", "the massacre") that refers back to an entity. */
  anaphor?: boolean | undefined;
  /** Head word: the org head (embassy), the event head (genocide), the role (envoy). */
  head?: string | undefined;
  /** Event kind, or the kind family key used for anaphora. */
  kind?: string | undefined;
  /** Place only: the gazetteer entry. */
  geo?: GeoInfo | undefined;
  /** Person only: titles found next to the name. */
  title?: string | undefined;
  /** Org only: a group key merging variants (same country + armed forces). */
  groupKey?: string | undefined;
  /** Event only: a date written inside the name ("2003 truce agreement"). */
  when?: { span: TimeSpan; text: string; sentence: number } | undefined;
  /** A plural generic mention ("a series of events") that is not an entity by itself. */
  generic?: boolean | undefined;
  /** Other forms of the name found in the text around this mention ("Zangora district", "Water for X campaign"). */
  extraAliases?: string[] | undefined;
}

/** A role a person was given next to their name, to become a HOLDS_ROLE relation. */
export interface RoleNote {
  /** Index of the person candidate. */
  person: number;
  title: string;
  /** Index of the organisation (or place) candidate the role is held at, when the text names it. */
  at?: number;
  /** Diplomatic titles without a named organisation: the report's embassy is meant. */
  diplomatic?: boolean;
  /** Only a note for coreference ("the head"): the relation comes from the sentence's own pattern. */
  note?: boolean;
  /** The title names the organisation by its head word ("ministry spokesman", "Council President"). */
  atHead?: string;
  sentence: number;
}

/** Everything the finders share while reading one report. */
export interface ExtractContext {
  doc: Doc;
  source?: string;
  publishedAt?: string;
  /** Tokens inside date expressions. */
  dateTokens: Uint8Array;
  /** Capitalised runs. */
  chunks: TokenSpan[];
  candidates: Candidate[];
  /** For each token: index of the top-level candidate that owns it, or -1. */
  owner: Int32Array;
  roles: RoleNote[];
  /** Where the report's dateline opens and where its upper-case head ends (start -1: none), once `datelineStart` has looked. */
  dateline?: { start: number; headEnd: number };
}
