import * as vscode from 'vscode';
import { ARTICLE_SELECTOR } from '../language';
import type { Settings } from '../settings';
import type { AnalysisCache } from './analysisCache';
import { tokensOf } from './tokenData';

// Standard token types so every theme colours them; package.json maps them to TextMate scopes
// (semanticTokenScopes) for themes without semantic colours. `speaker` is our one custom modifier.
export const LEGEND = new vscode.SemanticTokensLegend(['variable', 'class', 'namespace'], ['declaration', 'speaker']);

/** What a grammar cannot know: which names are people, organisations, places, and who speaks. */
export function registerSemanticTokens(cache: AnalysisCache, settings: Settings): vscode.Disposable[] {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.DocumentSemanticTokensProvider = {
    onDidChangeSemanticTokens: changed.event,
    provideDocumentSemanticTokens(doc) {
      const builder = new vscode.SemanticTokensBuilder(LEGEND);
      const a = settings.current.semanticHighlighting ? cache.get(doc) : undefined;
      if (a) for (const t of tokensOf(a)) {
        const start = doc.positionAt(t.start);
        const end = doc.positionAt(t.end);
        if (start.line === end.line) builder.push(new vscode.Range(start, end), t.type, t.modifiers);
      }
      return builder.build();
    },
  };
  return [
    changed,
    vscode.languages.registerDocumentSemanticTokensProvider(ARTICLE_SELECTOR, provider, LEGEND),
    settings.onDidChange(() => changed.fire()),
    cache.onDidChange(() => changed.fire()),
  ];
}
