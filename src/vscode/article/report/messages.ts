// Messages between the report panel and its webview (both sides import these types).
import type { ReportModel } from './model';

export type ToWebview = { type: 'model'; model: ReportModel };

export type FromWebview =
  | { type: 'ready' }
  /** what the webview actually put in the DOM: the integration tests assert on it */
  | {
      type: 'rendered';
      speakers: string[];
      figures: number;
      claims: number;
      /** for the injection test: elements made from article markup, the page's text, whether injected code ran */
      injectedElements: number;
      text: string;
      injected: boolean;
    }
  | { type: 'reveal'; start: number; end: number };
