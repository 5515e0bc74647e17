// Deterministic article text for benchmarks: the sample article plus generated news paragraphs
// (quotes with cues before/after, reported speech, money, percentages, dates, names), seeded.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SAMPLE_PATH = resolve(__dirname, '..', 'samples', 'korea-artillery-shells.article');

export function sampleArticle(): string {
  return readFileSync(SAMPLE_PATH, 'utf8');
}

function rng(seed: number): (n: number) => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
}

const PEOPLE = [
  'Maria Fernandez', 'Olaf Scholz', 'Kim Min-jun', 'Priya Natarajan', 'Jean-Luc Moreau', 'Amina Yusuf',
  'Tomasz Nowak', 'Sarah Whitfield', 'Hiroshi Tanaka', 'Lucas Oliveira', 'Fatima Al-Sayed', 'Dmitry Volkov',
];
const TITLES = ['Finance Minister', 'Prime Minister', 'spokeswoman', 'chief executive', 'Senator', 'Governor', 'analyst'];
const ORGS = [
  'the World Bank', 'Reuters', 'the European Commission', 'Samsung Electronics', 'the United Nations',
  'the Federal Reserve', 'Amnesty International', 'the Bank of Korea', 'Toyota Motor Corp', 'NATO',
];
const PLACES = ['Berlin', 'Seoul', 'Lagos', 'São Paulo', 'Warsaw', 'Tokyo', 'Nairobi', 'Ottawa', 'Kyiv', 'Jakarta'];
const TOPICS = [
  'the budget', 'interest rates', 'the ceasefire', 'grain exports', 'the merger', 'the election',
  'refugee numbers', 'fuel prices', 'the new tariffs', 'the pension reform',
];
const CUES = ['said', 'told reporters', 'added', 'warned', 'said in a statement', 'wrote on social media'];
const QUOTES = [
  'We will not accept any deal that puts our workers at risk',
  'This is a difficult decision, but it is the right one for the country',
  'Nobody expected the numbers to fall this quickly',
  'The talks were constructive and we will meet again next week',
  'We have been clear from the start about what we need',
  'It is too early to say whether the measures are working',
];
const MONEY = ['$400m', '$19.3 billion', '€5bn', '£1.2 million', 'US$75 million', '¥3.2 trillion', '5 million dollars'];
const WHEN = ['on Friday', 'last month', 'earlier this week', 'on Nov 11', 'in 2022', 'since 1950', 'on Thursday'];

/** A news paragraph drawn from the templates above. */
function paragraph(r: (n: number) => number): string {
  const p = PEOPLE[r(PEOPLE.length)];
  const t = TITLES[r(TITLES.length)];
  const o = ORGS[r(ORGS.length)];
  const pl = PLACES[r(PLACES.length)];
  const q = QUOTES[r(QUOTES.length)];
  const c = CUES[r(CUES.length)];
  const m = MONEY[r(MONEY.length)];
  const w = WHEN[r(WHEN.length)];
  const pct = `${1 + r(60)}.${r(10)}%`;
  const n = (1 + r(900)) * 1000;
  switch (r(6)) {
    case 0:
      return `“${q},” ${p}, the ${t}, ${c} in ${pl} ${w}.`;
    case 1:
      return `${t[0].toUpperCase() + t.slice(1)} ${p} ${c} ${w} that ${o} would spend ${m} on ${TOPICS[r(TOPICS.length)]}, a rise of ${pct} on the year.`;
    case 2:
      return `${p} said: “${q}. ${QUOTES[r(QUOTES.length)]}.”`;
    case 3:
      return `According to ${o}, about ${n.toLocaleString('en-US')} people left ${pl} ${w}, and ${1 + r(40)} km of road were closed.`;
    case 4:
      return `The official, who spoke on condition of anonymity, said ${TOPICS[r(TOPICS.length)]} had cost ${m} since the 1990s and that ${o} “did not see it coming”.`;
    default:
      return `In ${pl}, ${o} reported that ${TOPICS[r(TOPICS.length)]} fell ${pct} to ${m} ${w}, the third fall in a row. “${q},” ${c.startsWith('said') ? p + ' ' + c : c + ' ' + p}.`;
  }
}

const cache = new Map<number, string>();

/** About `size` UTF-16 code units of article text: the sample, then generated paragraphs, repeated. */
export function articleText(size: number): string {
  const hit = cache.get(size);
  if (hit) return hit;
  const r = rng(0x5eed + size);
  const sample = sampleArticle();
  const parts: string[] = [sample.trimEnd()];
  let n = sample.length;
  // the sample again every 100 generated paragraphs (~18 KB), so real copy stays in the mix
  for (let i = 1; n < size; i++) {
    const p = i % 100 === 0 ? sample.trimEnd() : paragraph(r);
    parts.push(p);
    n += p.length + 1;
  }
  const text = parts.join('\n').slice(0, size);
  cache.set(size, text);
  return text;
}

/** Inputs meant to hurt: unbalanced quotes, no whitespace, digits and commas. ~`size` each. */
export function adversarial(size: number): { name: string; text: string }[] {
  const r = rng(0xbad);
  const quotes = ['“', '”', '"', '‘', '’', "'", '«', '»'];
  let unbalanced = '';
  while (unbalanced.length < size) unbalanced += `${quotes[r(quotes.length)]}word ${quotes[r(quotes.length)]}said Smith, `;
  let noSpaces = '';
  while (noSpaces.length < size) noSpaces += `Text${r(1000)}.“Quote”,$${r(100)}m-said${PEOPLE[r(PEOPLE.length)].replace(' ', '')}`;
  let digits = '';
  while (digits.length < size) digits += `${r(1000)},${r(1000)}${r(2) ? ',' : '.'}`;
  return [
    { name: 'unbalanced quotes', text: unbalanced.slice(0, size) },
    { name: 'no spaces', text: noSpaces.slice(0, size) },
    { name: 'digits and commas', text: digits.slice(0, size) },
  ];
}

/** Real news articles (the PolNeAR dev texts in ../shared/eval when that is present), one string
 *  each: the templated corpus above repeats its words and figures, real text does not. */
export function realArticles(): string[] | undefined {
  const dir = resolve(__dirname, '..', '..', 'shared', 'eval', 'polnear-dev', 'text');
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}
