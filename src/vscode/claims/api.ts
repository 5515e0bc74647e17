import type * as vscode from 'vscode';

/** A claim as the other views (outline, tree, report, status bar) see it. */
export interface ClaimView {
  id: string;
  label: string;
  labelTitle: string;
  note: string;
  creator: string;
  created: string;
  modified: string;
  /** the tagged words as stored in the sidecar (TextQuoteSelector.exact) */
  exact: string;
  /** current range in the document; null when the claim is orphaned (its words are gone) */
  range: vscode.Range | null;
}

/** What the claims feature offers to every other feature; implemented by the ClaimStore. */
export interface ClaimsSource {
  claimsFor(uri: vscode.Uri): readonly ClaimView[];
  readonly onDidChangeClaims: vscode.Event<vscode.Uri>;
}
