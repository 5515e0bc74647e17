import * as vscode from 'vscode';
import { foldingRanges } from '../core/text/folding';
import { ARTICLE_SELECTOR } from './language';

/** Fold sections (subhead to next subhead) and hard-wrapped paragraphs. */
export function registerFolding(): vscode.Disposable {
  return vscode.languages.registerFoldingRangeProvider(ARTICLE_SELECTOR, {
    provideFoldingRanges(doc) {
      return foldingRanges(doc.getText()).map(
        (r) => new vscode.FoldingRange(r.startLine, r.endLine, r.kind === 'section' ? vscode.FoldingRangeKind.Region : undefined),
      );
    },
  });
}
