// Small scoring helpers shared by the evals.
import type { Span } from '../../src/core/analyzer/types';

export interface PRF {
  gold: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(gold: number, predicted: number, tpGold: number, tpPred = tpGold): PRF {
  const precision = predicted === 0 ? 0 : tpPred / predicted;
  const recall = gold === 0 ? 0 : tpGold / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, truePositives: tpGold, precision, recall, f1 };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** One-to-one greedy matching by overlap: index of the matched prediction for each gold item (or -1). */
export function matchByOverlap<G extends Span, P extends Span>(gold: G[], pred: P[], ok: (g: G, p: P) => boolean = () => true): number[] {
  const used = new Uint8Array(pred.length);
  return gold.map((g) => {
    let best = -1;
    let bestOverlap = 0;
    for (let i = 0; i < pred.length; i++) {
      if (used[i] || !overlaps(g, pred[i]) || !ok(g, pred[i])) continue;
      const ov = Math.min(g.end, pred[i].end) - Math.max(g.start, pred[i].start);
      if (ov > bestOverlap) {
        best = i;
        bestOverlap = ov;
      }
    }
    if (best >= 0) used[best] = 1;
    return best;
  });
}

export function norm(s: string): string {
  return s.toLowerCase().replace(/[’']/g, "'").replace(/^(the|a|an) /, '').trim();
}

/** Same speaker: equal names, or one name contains the other ("South Korea’s Yonhap News Agency" ~ "Yonhap News Agency"). */
export function sameSpeaker(gold: string, predName: string | undefined, predText?: string): boolean {
  if (!predName) return false;
  const g = norm(gold);
  for (const p of [predName, predText ?? '']) {
    const q = norm(p);
    if (q.length > 0 && (g === q || g.includes(q) || q.includes(g))) return true;
  }
  return false;
}

export function pct(x: number): string {
  return x.toFixed(3);
}
