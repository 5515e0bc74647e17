/* global document, getComputedStyle -- page.evaluate bodies run in the browser */
// What a user sees: the sample article opened in the real workbench with the extension loaded.
// Checks token colours in the DOM and writes screenshots (SCREENSHOT_DIR, default out/screenshots;
// `npm run screenshots` writes them into media/ for the README).
const fs = require('fs');
const path = require('path');
const e2e = require('./workbench');

// Default Dark Modern: strings #CE9178, numbers #B5CEA8
const STRING_RGB = 'rgb(206, 145, 120)';
const NUMBER_RGB = 'rgb(181, 206, 168)';

/** Waits until the rendered editor has a token span with `text` coloured `rgb` (colours arrive late). */
async function waitForTokenColour(page, text, rgb, timeout = 30000) {
  const deadline = Date.now() + timeout;
  let seen = 'not rendered';
  while (Date.now() < deadline) {
    seen = await page.evaluate((t) => {
      const spans = [...document.querySelectorAll('.monaco-editor .view-lines span span')];
      const hit = spans.find((s) => s.textContent.replace(/\u00a0/g, ' ').includes(t));
      return hit ? getComputedStyle(hit).color : 'not rendered';
    }, text);
    if (seen === rgb) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`token "${text}" has colour ${seen}, expected ${rgb}`);
}

async function uiChecks({ browser, server, ws, root }) {
  const outDir = path.resolve(process.env.SCREENSHOT_DIR || path.join(root, 'out', 'screenshots'));
  fs.mkdirSync(outDir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  if (process.env.VERBOSE) page.on('console', (m) => console.log('[page]', m.text().slice(0, 300)));
  const article = path.join(ws, 'samples', 'korea-artillery-shells.article');
  await page.goto(e2e.workbenchUrl(server, ws, [['extensionDevelopmentPath', root], ['openFile', article]]));
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 60000 });
  let failures = 0;
  const check = async (name, fn) => {
    try { await fn(); console.log(`  ✔ ui: ${name}`); } catch (err) { failures++; console.log(`  ✘ ui: ${name}: ${err.message}`); }
  };
  await check('a quote is coloured as a string', () => waitForTokenColour(page, 'In order to make up for the shortage', STRING_RGB));
  await check('a figure is coloured as a number', () => waitForTokenColour(page, '100,000', NUMBER_RGB));
  await check('the sample claims have gutter icons', async () => {
    // the sample ships with three claims; the two in view each get a gutter icon (glyph margin decoration)
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor div')]
      .filter((el) => decodeURIComponent(getComputedStyle(el).backgroundImage).includes('/media/claims/')).length >= 2, null, { timeout: 30000 });
  });
  await page.waitForTimeout(1500); // let decorations settle before the picture
  await page.screenshot({ path: path.join(outDir, 'sample-article.png') });
  await articleChecks(page, outDir, check);
  e2e.log(`ui: screenshots in ${outDir}`);
  return failures ? 1 : 0;
}

// Issue 5 (src/vscode/article): the entity hover on "Yoon" and the article report, as a user sees them.
async function articleChecks(page, outDir, check) {
  await check('hovering "Yoon" shows Yoon Suk-yeol and his quotes', async () => {
    // bring line 16 ("… Yoon told reporters.") into view, then rest the mouse on "Yoon"
    await page.click('.monaco-editor .view-lines');
    await page.keyboard.press('Control+G');
    await page.keyboard.type('16');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    const box = await page.evaluate(() => {
      const spans = [...document.querySelectorAll('.monaco-editor .view-lines span span')];
      const lineText = (s) => (s.closest('.view-line')?.textContent ?? '').replace(/\u00a0/g, ' ');
      const yoon = spans.find((s) => s.textContent.startsWith('Yoon') && lineText(s).includes('Yoon told'));
      if (!yoon) return null;
      const r = yoon.getBoundingClientRect();
      return { x: r.x + Math.min(r.width / 2, 12), y: r.y + r.height / 2 };
    });
    if (!box) throw new Error('"Yoon told" is not rendered');
    await page.mouse.move(box.x, box.y);
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover')].some((h) => h.textContent.includes('Yoon Suk-yeol') && h.textContent.includes('Quoted 2 times')), null, { timeout: 15000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(outDir, 'hover.png') });
  });
  await check('the article report renders every speaker and its chart', async () => {
    await page.mouse.move(5, 450);
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { timeout: 10000 });
    await page.keyboard.type('Newsmark: Show Article Report');
    await page.waitForTimeout(400);
    await page.keyboard.press('Enter');
    // the report lives in nested webview iframes: poll every frame for the rendered speaker table
    const deadline = Date.now() + 30000;
    let speakers = [];
    while (Date.now() < deadline && speakers.length < 5) {
      for (const f of page.frames()) {
        speakers = await f.evaluate(() => [...document.querySelectorAll('#speakers tbody tr td:first-child')].map((td) => td.textContent)).catch(() => []);
        if (speakers.length) break;
      }
      await page.waitForTimeout(250);
    }
    for (const s of ['Antony Blinken', 'Yoon Suk-yeol', 'Volodymyr Zelenskyy']) if (!speakers.includes(s)) throw new Error(`report lacks ${s}: ${speakers.join(', ')}`);
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(outDir, 'report.png') });
  });
}

module.exports = { uiChecks, waitForTokenColour };
