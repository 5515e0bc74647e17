import * as vscode from 'vscode';
import { ARTICLE_SELECTOR } from '../language';
import type { AnalysisCache } from './analysisCache';
import { definingMention, mentionAt, speakerAt, entityById } from './lookup';
import type { Entity } from '../../core/analyzer';

function entityUnder(cache: AnalysisCache, doc: vscode.TextDocument, pos: vscode.Position): Entity | undefined {
  const a = cache.get(doc);
  if (!a) return undefined;
  const offset = doc.offsetAt(pos);
  return mentionAt(a, offset)?.entity ?? entityById(a, speakerAt(a, offset)?.speaker?.entityId);
}

function range(doc: vscode.TextDocument, s: { start: number; end: number }): vscode.Range {
  return new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
}

/** Go to Definition on any mention lands on the first full mention ("Blinken" → "Antony Blinken"). */
export function registerDefinition(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider(ARTICLE_SELECTOR, {
    provideDefinition(doc, pos) {
      const e = entityUnder(cache, doc, pos);
      const m = e && definingMention(e);
      return m ? new vscode.Location(doc.uri, range(doc, m)) : undefined;
    },
  });
}

/** Find All References: every mention of the entity under the cursor. */
export function registerReferences(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerReferenceProvider(ARTICLE_SELECTOR, {
    provideReferences(doc, pos, ctx) {
      const e = entityUnder(cache, doc, pos);
      if (!e) return undefined;
      const def = definingMention(e);
      return e.mentions.filter((m) => ctx.includeDeclaration || m !== def).map((m) => new vscode.Location(doc.uri, range(doc, m)));
    },
  });
}

/** Highlights the other mentions of the entity under the cursor (the defining one as a "write"). */
export function registerHighlights(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerDocumentHighlightProvider(ARTICLE_SELECTOR, {
    provideDocumentHighlights(doc, pos) {
      const e = entityUnder(cache, doc, pos);
      if (!e) return undefined;
      const def = definingMention(e);
      return e.mentions.map((m) => new vscode.DocumentHighlight(range(doc, m), m === def ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read));
    },
  });
}
