// The analyzer's output: the contract every provider, the CLI (`newsmark analyze --json`) and the
// exporters share. All offsets are UTF-16 code unit indices into the analysed text; `end` is exclusive.

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type EntityType = 'person' | 'organization' | 'place';

/** How the speaker of a quote was found: shown in hovers as "how sure we are". */
export type AttributionMethod =
  | 'explicit' // a cue next to the quote names the speaker ("…," Blinken said)
  | 'inherited' // a quote paragraph with no cue takes the previous paragraph's speaker
  | 'pronoun' // "he added" resolved to the last person quoted
  | 'subject' // no speech verb: the subject of the sentence around the quote ("Trump admires Putin as a “strong leader”")
  | 'none';

export interface Speaker extends TextSpan {
  /** canonical entity name (the fullest form in the text, e.g. "Yoon Suk-yeol") */
  name: string;
  entityId: string | null;
}

export interface Quote extends TextSpan {
  /** span includes the quotation marks */
  speaker: Speaker | null;
  cue: TextSpan | null;
  method: AttributionMethod;
  /** a partial/scare quote inside a sentence ("its “confidential” negotiations") */
  partial: boolean;
}

export interface Attribution extends Span {
  speaker: Speaker | null;
  cue: TextSpan;
  content: Span;
  /** true for reported speech without quotation marks ("The official said that …") */
  reported: boolean;
}

export type FigureKind =
  | 'money'
  | 'count'
  | 'percent'
  | 'measure'
  | 'ordinal'
  | 'range'
  | 'year'
  | 'date';

export interface Figure extends TextSpan {
  kind: FigureKind;
  /** numeric value: 400000000 for "$400m"; for dates the year or null */
  value: number | null;
  /** "USD", "EUR", "GBP", "mm", "km", "tonnes", "%", "rounds"… or null */
  unit: string | null;
}

export type Mention = TextSpan;

export interface Entity {
  id: string;
  type: EntityType;
  /** canonical name: the fullest form found ("Vladimir Putin", "Yonhap News Agency") */
  name: string;
  role?: string;
  mentions: Mention[];
}

export interface Analysis {
  quotes: Quote[];
  attributions: Attribution[];
  figures: Figure[];
  entities: Entity[];
}
