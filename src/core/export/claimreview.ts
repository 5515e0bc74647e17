// schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview, Google's fact-check markup) for
// tagged claims: one ClaimReview per claim, the claim's exact words as `claimReviewed`, the label as the
// rating. Labels with a truth scale get a number (false=1 … verified=5); "needs-source", "opinion" and
// custom labels only get `alternateName`, since they do not say how true the claim is.
import type { Analysis, Entity, Speaker } from '../analyzer/types';
import { DEFAULT_LABELS, type ClaimLabel } from '../settings';
import { resolveClaims, type ResolvedClaim } from './claims';
import type { ExportInput } from './types';

export const RATING_SCALE: Readonly<Record<string, number>> = { false: 1, misleading: 2, disputed: 3, verified: 5 };
export const BEST_RATING = 5;
export const WORST_RATING = 1;

export interface SchemaThing {
  '@type': 'Person' | 'Organization';
  name: string;
}

export interface ClaimReviewRating {
  '@type': 'Rating';
  alternateName: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
}

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url?: string;
  datePublished: string;
  claimReviewed: string;
  author: SchemaThing;
  reviewRating: ClaimReviewRating;
  reviewBody?: string;
  itemReviewed: {
    '@type': 'Claim';
    author?: SchemaThing;
    datePublished?: string;
    appearance?: { '@type': 'CreativeWork'; url: string; headline?: string; datePublished?: string };
  };
}

export interface ClaimReviewOptions {
  labels?: readonly ClaimLabel[];
}

export function toClaimReviews(input: ExportInput, options: ClaimReviewOptions = {}): ClaimReview[] {
  const labels = options.labels ?? DEFAULT_LABELS;
  const meta = input.meta ?? {};
  return resolveClaims(input)
    .filter((c) => c.exact.length > 0)
    .map((c) => {
      const a = c.annotation;
      const title = labels.find((l) => l.id === a.label)?.title ?? a.label;
      const value = RATING_SCALE[a.label];
      const rating: ClaimReviewRating =
        value === undefined
          ? { '@type': 'Rating', alternateName: title }
          : { '@type': 'Rating', ratingValue: value, bestRating: BEST_RATING, worstRating: WORST_RATING, alternateName: title };
      const speaker = speakerOf(c, input.analysis);
      return {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        ...(meta.url ? { url: meta.url } : {}),
        datePublished: a.modified.slice(0, 10),
        claimReviewed: c.exact,
        author: meta.author ? { '@type': 'Organization', name: meta.author } : { '@type': 'Person', name: a.creator.name || 'unknown' },
        reviewRating: rating,
        ...(a.note ? { reviewBody: a.note } : {}),
        itemReviewed: {
          '@type': 'Claim',
          ...(speaker ? { author: speaker } : {}),
          ...(meta.datePublished ? { datePublished: meta.datePublished } : {}),
          ...(meta.url
            ? {
                appearance: {
                  '@type': 'CreativeWork',
                  url: meta.url,
                  ...(meta.headline ? { headline: meta.headline } : {}),
                  ...(meta.datePublished ? { datePublished: meta.datePublished } : {}),
                },
              }
            : {}),
        },
      } satisfies ClaimReview;
    });
}

/** The speaker of the quote (or reported speech) that contains the claim, when the analyzer knows one. */
export function speakerOf(c: ResolvedClaim, analysis: Analysis): SchemaThing | null {
  if (!c.anchored) return null;
  const within = (s: { start: number; end: number }) => s.start <= c.start && c.end <= s.end;
  let speaker: Speaker | null = null;
  const quote = analysis.quotes.filter((q) => q.speaker && within(q)).sort((x, y) => x.end - x.start - (y.end - y.start))[0];
  if (quote) speaker = quote.speaker;
  else {
    const att = analysis.attributions.find((t) => t.speaker && (within(t.content) || within(t)));
    if (att) speaker = att.speaker;
  }
  if (!speaker) return null;
  const entity: Entity | undefined = speaker.entityId ? analysis.entities.find((e) => e.id === speaker.entityId) : undefined;
  return { '@type': entity?.type === 'organization' ? 'Organization' : 'Person', name: speaker.name };
}
