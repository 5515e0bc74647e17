import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/** One LogOutputChannel for the whole extension ("Newsmark" in the Output panel). */
export function createLog(): vscode.LogOutputChannel {
  channel = vscode.window.createOutputChannel('Newsmark', { log: true });
  return channel;
}

export function log(): vscode.LogOutputChannel | undefined {
  return channel;
}
