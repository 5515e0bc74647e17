// What every exporter takes: the article, its analysis and its claims (sidecar), plus optional
// publication metadata used by formats that name the article (ClaimReview, W3C source).
import type { Analysis } from '../analyzer/types';
import type { SidecarFile } from '../annotations/schema';

export interface ExportMeta {
  /** public URL of the article (ClaimReview appearance, itemReviewed) */
  url?: string;
  /** ISO 8601 publication date of the article */
  datePublished?: string;
  headline?: string;
  /** who reviews the claims: the fact-checking organisation (ClaimReview `author`) */
  author?: string;
}

export interface ExportInput {
  /** URI of the article (W3C `target.source`), e.g. file:///…/a.article or its public URL */
  articleUri: string;
  text: string;
  analysis: Analysis;
  sidecar: SidecarFile | null;
  meta?: ExportMeta;
}

export type ExportFormat = 'w3c' | 'brat' | 'claimreview' | 'csv' | 'jsonl';

export interface ExportOutput {
  format: ExportFormat;
  /** file extension without the dot: "jsonld", "ann", "csv", "jsonl" */
  extension: string;
  mediaType: string;
  content: string;
}
