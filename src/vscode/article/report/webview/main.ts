// The report webview: renders the model posted by the extension. Article text only ever goes through
// textContent (never innerHTML); the chart is drawn by chart.js (bundled: dist/report/main.js).
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import type { FromWebview, ToWebview } from '../messages';
import type { ReportModel } from '../model';

declare function acquireVsCodeApi(): { postMessage(m: FromWebview): void };

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
const vscode = acquireVsCodeApi();
let chart: Chart | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

/** A table whose rows reveal their span in the editor when clicked. */
function table(headers: string[], rows: { cells: string[]; start?: number | null; end?: number | null }[], empty: string): HTMLElement {
  if (!rows.length) return el('p', empty, 'empty');
  const t = el('table');
  const head = el('tr');
  for (const h of headers) head.append(el('th', h));
  t.append(el('thead'));
  t.tHead!.append(head);
  const body = el('tbody');
  for (const r of rows) {
    const tr = el('tr');
    for (const c of r.cells) tr.append(el('td', c));
    if (typeof r.start === 'number') {
      tr.className = 'link';
      tr.tabIndex = 0;
      const go = () => vscode.postMessage({ type: 'reveal', start: r.start!, end: r.end ?? r.start! });
      tr.addEventListener('click', go);
      tr.addEventListener('keydown', (e) => e.key === 'Enter' && go());
    }
    body.append(tr);
  }
  t.append(body);
  return t;
}

function section(title: string, ...content: HTMLElement[]): HTMLElement {
  const s = el('section');
  s.append(el('h2', title), ...content);
  return s;
}

function render(m: ReportModel): void {
  const root = document.getElementById('root')!;
  root.replaceChildren();
  root.append(el('h1', `Article report: ${m.title}`));
  const summary = `${m.quotes.length} quotes from ${m.speakers.length} named speakers · ${m.unnamed.length} without a named speaker · ${m.figures.length} figures · ${m.claims.length} claims`;
  root.append(el('p', summary, 'summary'));

  const canvasBox = el('div', undefined, 'chart');
  const canvas = el('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `Quoted words per speaker: ${m.speakers.map((s) => `${s.name} ${s.words}`).join(', ')}`);
  canvasBox.append(canvas);
  canvasBox.style.height = `${Math.max(120, m.speakers.length * 34 + 40)}px`;
  const speakerTable = table(
    ['Speaker', 'Role', 'Quotes', 'Quoted words'],
    m.speakers.map((s) => ({ cells: [s.name, s.role || s.type, String(s.quotes), String(s.words)] })),
    'Nobody is quoted by name.',
  );
  speakerTable.id = 'speakers';
  root.append(section('Who is quoted, and how much', canvasBox, speakerTable));
  root.append(section('Quotes without a named speaker', table(['Quote'], m.unnamed.map((q) => ({ cells: [q.text], start: q.start, end: q.end })), 'Every quote has a named speaker.')));
  root.append(section('Figures', table(['Figure', 'Kind', 'Value'], m.figures.map((f) => ({ cells: [f.text, f.kind, f.value], start: f.start, end: f.end })), 'No figures.')));
  root.append(section('Claims', table(['Label', 'Claim', 'Note'], m.claims.map((c) => ({ cells: [c.label, c.exact, c.start === null ? `${c.note} (orphaned)`.trim() : c.note], start: c.start, end: c.end })), 'No claims tagged yet.')));

  chart?.destroy();
  const fg = cssVar('--vscode-foreground', '#ccc');
  chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: m.speakers.map((s) => s.name),
      datasets: [{ label: 'Quoted words', data: m.speakers.map((s) => s.words), backgroundColor: cssVar('--vscode-charts-blue', '#3794ff') }],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { ticks: { color: fg }, grid: { color: cssVar('--vscode-editorWidget-border', '#444') }, title: { display: true, text: 'quoted words', color: fg } },
        y: { ticks: { color: fg }, grid: { display: false } },
      },
    },
  });

  // report what is actually in the DOM, so tests check the rendering and not just the model
  const rendered = Array.from(document.querySelectorAll('#speakers tbody tr td:first-child')).map((td) => td.textContent ?? '');
  vscode.postMessage({
    type: 'rendered',
    speakers: rendered,
    figures: m.figures.length,
    claims: m.claims.length,
    injectedElements: document.querySelectorAll('img[onerror], [onclick], [onload]').length +
      Array.from(document.scripts).filter((x) => (x.textContent ?? '').includes('newsmarkPwned')).length,
    text: document.body.textContent ?? '',
    injected: (window as unknown as { newsmarkPwned?: boolean }).newsmarkPwned === true,
  });
}

window.addEventListener('message', (e: MessageEvent<ToWebview>) => {
  if (e.data?.type === 'model') render(e.data.model);
});
vscode.postMessage({ type: 'ready' });
