/**
 * The shapes that flow through newsgraph: parse → extract → resolve → write.
 * `Extraction` is also the JSON printed by `newsgraph extract <file> --json` (documented in the README).
 * Every offset is a UTF-16 code-unit index into `Report.text`, end exclusive.
 */

/** A report as received, after its format (text, JSON, Markdown, HTML) was parsed away. */
export interface Report {
  /** Plain body text, the reference for every offset. */
  text: string;
  title?: string;
  /** Publisher name as given by the input (byline, `source` field, front matter). */
  source?: string;
  /** ISO date (YYYY-MM-DD) or date-time when the report was published. */
  publishedAt?: string;
  url?: string;
  /** Where the report came from: a file path, `file.jsonl#12`, `stdin`, `api#3`. */
  origin: string;
}

export type EntityType = 'Person' | 'Organization' | 'Place' | 'Event';

/** One sentence of the report text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** One place in the text where an entity is named (or referred to by a short form). */
export interface Mention {
  sentence: number;
  start: number;
  end: number;
  text: string;
}

/** A calendar span in ISO dates (inclusive), with how precise the text was. */
export interface TimeSpan {
  start: string;
  end: string;
  precision: 'day' | 'month' | 'year';
}

/** A date expression found in the text, resolved against the report's publication date. */
export interface DateMention {
  text: string;
  sentence: number;
  start: number;
  end: number;
  span: TimeSpan;
}

/** Gazetteer facts about a place (GeoNames-based). */
export interface GeoInfo {
  gazetteer: string;
  gazetteerId: string;
  name: string;
  /** Coordinates; none for a region (the gazetteer of regions gives names and codes only). */
  lat?: number;
  lon?: number;
  countryCode: string;
  /** GeoNames feature code, e.g. PPLC (capital), PCLI (country), ADM1 and ADM2 (regions). */
  featureCode: string;
  alternateNames: string[];
  /** Gazetteer id of the containing country, when the place is not itself a country. */
  countryId?: string;
  /**
   * GeoNames codes of the first- and second-level administrative divisions the place lies in or is
   * ("PK.05", "PE.04.0405"), when the gazetteer gives them.
   */
  admin1?: string;
  admin2?: string;
}

/** An entity as one report names it. `key` is unique within the extraction only. */
export interface ExtractedEntity {
  key: string;
  type: EntityType;
  /** The fullest form the report uses. */
  name: string;
  /** Other forms the same report uses for it (short forms, variants). */
  aliases: string[];
  mentions: Mention[];
  /** Place only. */
  geo?: GeoInfo;
  /** Event only: a general kind word (commemoration, massacre, conflict, ceasefire, campaign, ...). */
  kind?: string;
  /** Event only: when it happened, as this report says (with the sentence that says so). */
  when?: { span: TimeSpan; text: string; sentence: number };
}

/**
 * Relation predicates. Every one is a claim of the report, stated in one sentence — except LOCATED_IN
 * with `basis: 'gazetteer'`, general geography the gazetteer knows about two places the report names.
 * HOLDS_ROLE carries the title in `qualifier` (Ambassador, Vice-President, head).
 */
export type Predicate =
  | 'HOLDS_ROLE'
  | 'AFFILIATED_WITH'
  | 'LOCATED_IN'
  | 'STATIONED_IN'
  | 'TOOK_PLACE_IN'
  | 'ORGANIZED'
  | 'SPOKE_AT'
  | 'PARTICIPATED_IN'
  | 'COMMEMORATES'
  | 'INITIATED'
  | 'INVOLVES'
  | 'PERPETRATED';

export interface Relation {
  subject: string; // entity key
  predicate: Predicate;
  object: string; // entity key
  qualifier?: string;
  sentence: number;
  /** The sentence text (evidence). */
  evidence: string;
  /**
   * 'gazetteer': not a statement of the report but general geography (a place the gazetteer puts in a
   * country the report also names); `sentence` is where the report first names the place. Such a
   * relation is no claim of the report: the graph holds it as a gazetteer WITHIN link.
   */
  basis?: 'gazetteer';
}

/** A reported count: "As many as 613 people ... were killed". */
export interface Figure {
  /** Key of the event it describes, when one was found. */
  event?: string;
  value: number;
  /** What is counted, in the report's words, normalised to lower case: "people killed". */
  counts: string;
  /** "as many as", "more than", "some", "hundreds", ... */
  qualifier?: string;
  text: string;
  sentence: number;
  start: number;
  end: number;
}

export interface Extraction {
  report: {
    title: string;
    source?: string;
    publishedAt?: string;
    url?: string;
    origin: string;
    /** sha256 of the normalised text: the identity of a report without URL. */
    contentHash: string;
    text: string;
  };
  sentences: Sentence[];
  entities: ExtractedEntity[];
  relations: Relation[];
  figures: Figure[];
  dates: DateMention[];
}
