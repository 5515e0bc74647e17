// What importers return: sidecar annotations (claims) anchored on the article text, and the problems
// met on the way. Importers never throw on bad input.
import type { Annotation } from '../annotations/schema';

export type ImportStatus = 'position' | 'quote' | 'fuzzy' | 'orphaned';

export interface ImportedClaim {
  annotation: Annotation;
  /** how it was anchored on the text: 'orphaned' claims keep only their TextQuoteSelector */
  status: ImportStatus;
}

export interface ImportProblem {
  /** 1-based line of the input (brat) when known */
  line?: number;
  message: string;
}

export interface ImportResult {
  claims: ImportedClaim[];
  problems: ImportProblem[];
}

export interface ImportOptions {
  /** creator name for claims that carry none */
  creator?: string;
  /** ISO 8601 time for created/modified when the input has none */
  now?: string;
  /** label for claims without one */
  defaultLabel?: string;
}
