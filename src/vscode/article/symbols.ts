import * as vscode from 'vscode';
import type { Analysis, Quote } from '../../core/analyzer';
import type { ClaimsSource } from '../claims/api';
import { ARTICLE_SELECTOR } from '../language';
import type { AnalysisCache } from './analysisCache';
import { figureValue, shortQuote } from './format';
import { definingMention, entityById } from './lookup';

/**
 * Outline and breadcrumbs: speakers with their quotes, quotes without a speaker, figures, claims.
 * VS Code caches symbols per document version and a symbol provider has no change event, so when the
 * claims change (they load from the sidecar after the document opens) the provider is registered anew,
 * which makes the Outline and breadcrumbs ask again.
 */
export function registerSymbols(cache: AnalysisCache, claims: ClaimsSource | undefined): vscode.Disposable {
  let registration = register(cache, claims);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const sub = claims?.onDidChangeClaims(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      registration.dispose();
      registration = register(cache, claims);
    }, 100);
  });
  return new vscode.Disposable(() => {
    clearTimeout(timer);
    sub?.dispose();
    registration.dispose();
  });
}

/**
 * An outline of a huge article with 300,000 figures is no use to anyone and costs seconds on the extension
 * host every time the breadcrumbs ask; past this many, the Newsmark view lists the rest.
 */
const MAX_PER_KIND = 2000;

function register(cache: AnalysisCache, claims: ClaimsSource | undefined): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(
    ARTICLE_SELECTOR,
    {
      provideDocumentSymbols(doc) {
        const own = analysisSymbols(cache, doc);
        const views = claims?.claimsFor(doc.uri) ?? [];
        if (views.length === 0) return own;
        const marks: vscode.DocumentSymbol[] = [];
        for (const c of views) {
          if (!c.range) continue;
          marks.push(new vscode.DocumentSymbol(`${c.labelTitle}: ${c.exact.slice(0, 50)}`, c.note, vscode.SymbolKind.Event, c.range, c.range));
        }
        return mergeByStart(own, marks);
      },
    },
    { label: 'Newsmark' },
  );
}

/** The outline's speakers, quotes and figures of one analysis of one document version, kept: when
 *  the claims change, the provider is registered anew and VS Code asks again for the same version,
 *  and in a 1 MB article these symbols were most of the answer's cost. (An analysis moved by an edit
 *  is the same object at a new version; a new size limit gives a new analysis of the same version.) */
const kept = new WeakMap<vscode.TextDocument, { version: number; analysis: Analysis; symbols: vscode.DocumentSymbol[] }>();

function analysisSymbols(cache: AnalysisCache, doc: vscode.TextDocument): vscode.DocumentSymbol[] {
  const a = cache.get(doc);
  if (!a) return [];
  const hit = kept.get(doc);
  if (hit && hit.version === doc.version && hit.analysis === a) return hit.symbols;
  const r = (start: number, end: number) => new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  const out: vscode.DocumentSymbol[] = [];

  const bySpeaker = new Map<string, Quote[]>();
  let unnamed = 0;
  for (const q of a.quotes) {
    if (!q.speaker) {
      if (++unnamed > MAX_PER_KIND) continue;
      out.push(new vscode.DocumentSymbol(shortQuote(q, 60), 'no named speaker', vscode.SymbolKind.String, r(q.start, q.end), r(q.start, q.end)));
      continue;
    }
    const key = q.speaker.entityId ?? `name:${q.speaker.name}`;
    const list = bySpeaker.get(key);
    if (list) list.push(q);
    else bySpeaker.set(key, [q]);
  }
  for (const quotes of bySpeaker.values()) {
    const speaker = quotes[0].speaker!;
    const entity = entityById(a, speaker.entityId);
    // the speaker's node spans its first full mention through its last quote, so breadcrumbs nest
    const sel = (entity && definingMention(entity)) ?? speaker;
    const start = Math.min(sel.start, quotes[0].start);
    const end = quotes.reduce((m, q) => Math.max(m, q.end), sel.end);
    const kind = entity?.type === 'organization' ? vscode.SymbolKind.Module : vscode.SymbolKind.Class;
    const detail = [entity?.role, `${quotes.length} quote${quotes.length === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
    const sym = new vscode.DocumentSymbol(speaker.name, detail, kind, r(start, end), r(sel.start, sel.end));
    sym.children = quotes.map((q) => new vscode.DocumentSymbol(shortQuote(q, 60), q.method, vscode.SymbolKind.String, r(q.start, q.end), r(q.start, q.end)));
    out.push(sym);
  }
  for (const f of a.figures.slice(0, MAX_PER_KIND)) {
    out.push(new vscode.DocumentSymbol(f.text, figureValue(f), vscode.SymbolKind.Number, r(f.start, f.end), r(f.start, f.end)));
  }
  out.sort((x, y) => x.range.start.compareTo(y.range.start));
  kept.set(doc, { version: doc.version, analysis: a, symbols: out });
  return out;
}

/** Two lists ordered by start, as one (claims after symbols that start where they do). */
function mergeByStart(a: readonly vscode.DocumentSymbol[], b: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  const out: vscode.DocumentSymbol[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].range.start.compareTo(b[j].range.start) <= 0)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}
