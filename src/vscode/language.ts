import * as vscode from 'vscode';

export const LANGUAGE_ID = 'news-article';

/** Articles are what Newsmark decorates: the news-article language, in any file system. */
export const ARTICLE_SELECTOR: vscode.DocumentSelector = [{ language: LANGUAGE_ID }];

export function isArticle(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return doc?.languageId === LANGUAGE_ID;
}

/** "Newsmark: Open as News Article": switch a plain-text or markdown editor to the article language. */
export function registerOpenAsArticle(): vscode.Disposable {
  return vscode.commands.registerCommand('newsmark.openAsArticle', async (uri?: vscode.Uri) => {
    let doc = vscode.window.activeTextEditor?.document;
    if (uri instanceof vscode.Uri) doc = await vscode.workspace.openTextDocument(uri);
    if (!doc) {
      void vscode.window.showInformationMessage('Newsmark: open a text or markdown file first.');
      return undefined;
    }
    const switched = await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    await vscode.window.showTextDocument(switched);
    return switched;
  });
}
