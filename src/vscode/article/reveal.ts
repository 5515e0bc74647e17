import * as vscode from 'vscode';

/** The one command hovers, the tree and the report use to jump to a span of an article. */
export const REVEAL_COMMAND = 'newsmark.article.reveal';

/** A `command:` link to REVEAL_COMMAND, for trusted hover Markdown. */
export function revealLink(uri: vscode.Uri, start: number, end: number): string {
  return `command:${REVEAL_COMMAND}?${encodeURIComponent(JSON.stringify([uri.toString(), start, end]))}`;
}

export function registerReveal(): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: string | vscode.Uri, start: number, end: number) => {
    const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
    const doc = await vscode.workspace.openTextDocument(target);
    const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end ?? start));
    const editor = await vscode.window.showTextDocument(doc, { selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  });
}
