import * as vscode from 'vscode';
import type { ClaimStore } from './store';

/** "Needs source" claims and orphaned claims show up in the Problems panel as information. */
export function registerClaimDiagnostics(store: ClaimStore): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('newsmark');
  const update = (uri: vscode.Uri) => {
    const diags: vscode.Diagnostic[] = [];
    for (const c of store.claimsFor(uri)) {
      if (!c.range) {
        const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0),
          `Orphaned ${c.labelTitle.toLowerCase()} claim: its words are no longer in the article: “${clip(c.exact)}”`,
          vscode.DiagnosticSeverity.Warning);
        d.source = 'Newsmark';
        d.code = 'orphaned-claim';
        diags.push(d);
      } else if (c.label === 'needs-source') {
        const d = new vscode.Diagnostic(c.range, `Claim needs a source${c.note ? `: ${c.note}` : ''}`, vscode.DiagnosticSeverity.Information);
        d.source = 'Newsmark';
        d.code = 'needs-source';
        diags.push(d);
      }
    }
    const writeError = store.writeErrorFor(uri);
    if (writeError) {
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `Claims not saved: ${writeError}. They are kept and will be written with the next change or save.`, vscode.DiagnosticSeverity.Error);
      d.source = 'Newsmark';
      d.code = 'sidecar-write-failed';
      diags.push(d);
    }
    const problem = store.problemFor(uri);
    if (problem) {
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `Claims are read-only: ${problem.message}`, vscode.DiagnosticSeverity.Error);
      d.source = 'Newsmark';
      d.code = `sidecar-${problem.kind}`;
      diags.push(d);
    }
    collection.set(uri, diags);
  };
  return vscode.Disposable.from(
    collection,
    store.onDidChangeClaims(update),
    vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)),
  );
}

function clip(s: string, n = 80): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
