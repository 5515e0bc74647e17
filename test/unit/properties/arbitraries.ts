// Text generators for property tests: news-like words and punctuation mixed with the hard cases of
// Unicode (emoji and other non-BMP characters, RTL scripts, combining marks, CRLF, lone surrogates).
import fc from 'fast-check';

const pieces = [
  ' ', ' ', ' ', '\n', '\r\n', '\n\n', '.', ',', ':', '“', '”', '"', "'", '‘', '’', '«', '»', '—', '$', '%', '€',
  'said', 'told', 'Mr', 'Dr.', 'the', 'ministry', 'Yoon', 'Seoul', 'South Korea', 'Reuters', 'he', 'she', 'that',
  '100,000', '155mm', '$400m', '12%', '2022', 'March 3', 'two', 'third',
  '😀', '👍🏽', '🇰🇷', '𝐀', '\u{1F469}\u200D\u{1F52C}', 'e\u0301', '\u0300', 'שלום', 'مرحبا', '\u200F', '\u202E', '한국', '\t', '\u2028',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

export const unit: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...pieces) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }) },
  { weight: 1, arbitrary: loneSurrogate },
);

/** Any text, mostly news-like, up to ~maxPieces pieces. */
export const text = (maxPieces = 60): fc.Arbitrary<string> => fc.array(unit, { maxLength: maxPieces }).map((p) => p.join(''));

export function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
export function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** An offset VS Code accepts: inside the text and not between the two halves of a surrogate pair. */
export function isBoundary(t: string, offset: number): boolean {
  if (!(Number.isInteger(offset) && offset >= 0 && offset <= t.length)) return false;
  return !(offset > 0 && offset < t.length && isHigh(t.charCodeAt(offset - 1)) && isLow(t.charCodeAt(offset)));
}
