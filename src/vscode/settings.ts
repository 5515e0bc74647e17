import * as vscode from 'vscode';
import { parseSettings, SETTING_KEYS, type NewsmarkSettings } from '../core/settings';

/**
 * The one validated view of the `newsmark.*` configuration. Invalid pieces fall back to their defaults
 * and are reported once in the log, so a typo in settings.json never breaks the extension.
 */
export class Settings implements vscode.Disposable {
  private value: NewsmarkSettings;
  private readonly emitter = new vscode.EventEmitter<NewsmarkSettings>();
  readonly onDidChange = this.emitter.event;
  private readonly sub: vscode.Disposable;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.value = this.read();
    this.sub = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('newsmark')) return;
      this.value = this.read();
      this.emitter.fire(this.value);
    });
  }

  get current(): NewsmarkSettings {
    return this.value;
  }

  private read(): NewsmarkSettings {
    const cfg = vscode.workspace.getConfiguration('newsmark');
    const raw: Record<string, unknown> = {};
    for (const key of SETTING_KEYS) {
      const v = cfg.get(key);
      if (v !== undefined) raw[key] = v;
    }
    const { settings, errors } = parseSettings(raw);
    for (const e of errors) this.log.warn(`settings: ${e}`);
    return settings;
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
}
