import * as vscode from 'vscode';
import { DEFAULT_LABELS, type ClaimLabel } from '../../core/settings';

export interface ResolvedLabel extends ClaimLabel {
  /** theme colour (contributed in package.json) for built-in labels left at their default colour */
  background: string | vscode.ThemeColor;
  foreground: string | vscode.ThemeColor;
  icon: vscode.Uri;
}

/**
 * Built-in labels use theme colours (`newsmark.claim.<id>.background/foreground`) so themes can restyle
 * them; a label whose colour the user set, or a label of their own, uses that colour directly.
 */
export function resolveLabels(labels: readonly ClaimLabel[], extensionUri: vscode.Uri): ResolvedLabel[] {
  return labels.map((l) => {
    const builtin = DEFAULT_LABELS.find((d) => d.id === l.id);
    const themed = builtin !== undefined && builtin.color.toLowerCase() === l.color.toLowerCase();
    return {
      ...l,
      background: themed ? new vscode.ThemeColor(`newsmark.claim.${l.id}.background`) : withAlpha(l.color, '33'),
      foreground: themed ? new vscode.ThemeColor(`newsmark.claim.${l.id}.foreground`) : l.color,
      icon: vscode.Uri.joinPath(extensionUri, 'media', 'claims', builtin ? `${l.id}.svg` : 'custom.svg'),
    };
  });
}

function withAlpha(hex: string, alpha: string): string {
  return /^#[0-9a-f]{6}$/i.test(hex) ? hex + alpha : hex;
}

export function labelTitle(labels: readonly ClaimLabel[], id: string): string {
  return labels.find((l) => l.id === id)?.title ?? id;
}
