/**
 * The engine's public types. Every position is a `[start, end)` offset in UTF-16 code units of
 * the analysed text (plain JavaScript string indices), so `text.slice(start, end)` is the span.
 *
 * These shapes mirror the `onrecord` CLI contract (see README, "Command line"): the CLI prints
 * them almost as they are, the extension stores them, and tests compare them. Add fields freely;
 * never rename or remove the ones the contract names.
 */

/** A `[start, end)` range in the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers (`text === doc.slice(start, end)`). */
export interface TextSpan extends Span {
  text: string;
}

/**
 * How a person is referred to: `name` is a full or partial name as first written, `surname` a
 * later short mention (without a possessive 's), `pronoun` a he/she/his/her that clearly refers
 * to them.
 */
export type MentionKind = 'name' | 'surname' | 'pronoun';

export interface Mention extends TextSpan {
  kind: MentionKind;
}

/** A named person found in one article. Officials are the people with a `title`. */
export interface Person {
  /** The fullest form of the name the article uses, without title or honorific. */
  name: string;
  /** The role as the article gives it ("NATO Secretary General"), or null. */
  title: string | null;
  /** Where the title sits in the text, when there is one. */
  titleSpan: TextSpan | null;
  /** An organisation the title makes plain ("NATO"), or null. */
  organization: string | null;
  /** A country the title makes plain ("Ukrainian" → "Ukraine"), or null. */
  country: string | null;
  /** Every mention in text order; the first is always of kind `name`. */
  mentions: Mention[];
}

/**
 * Who a claim is attributed to: a named person, an organisation ("the ministry"), an unnamed
 * source ("analysts", "a senior official"), nobody in particular ("it was reported"), or a news
 * outlet ("Reuters reported").
 */
export type SourceKind = 'named-person' | 'organization' | 'unnamed' | 'passive' | 'outlet';

/** An attribution: someone (source) said (cue) something (content). */
export interface Claim {
  /** The span naming the source, or null when there is none (passive, or no source at all). */
  source: TextSpan | null;
  /** Index into `Analysis.people` when the source is a known person, else null. */
  sourcePerson: number | null;
  sourceKind: SourceKind;
  /** The reporting expression: "said", "told reporters", "according to", "it was reported". */
  cue: TextSpan;
  /** Covering span of what was claimed (from the first piece's start to the last piece's end). */
  content: TextSpan;
  /** The pieces of the content; more than one when a quote is split around its cue. */
  contentSpans: Array<[number, number]>;
  /** True for a direct quotation, false for reported (indirect) speech. */
  direct: boolean;
  /** The news organisation the article credits for this claim ("Reuters"), or null. */
  outlet: string | null;
}

/** A credit to a news outlet written in the text: "(Reuters)", "according to Reuters". */
export interface OutletCredit extends TextSpan {
  /** Normalised outlet name, e.g. "Reuters", "Associated Press". */
  outlet: string;
}

/** Everything the engine finds in one text. */
export interface Analysis {
  /** Length of the analysed text, so consumers can check offsets belong to it. */
  length: number;
  people: Person[];
  claims: Claim[];
  outlets: OutletCredit[];
}

export interface AnalyzeOptions {
  /**
   * Upper bound on the text length analysed; longer input is analysed up to this length only
   * (the cut is moved back to a paragraph or sentence boundary). Default 8 MB of text.
   */
  maxLength?: number;
}
