// Foldable regions of an article, by line: sections that start at a subhead ("Putin warns Seoul": a short
// line that does not end like a sentence) and run to the next one, and paragraphs that span several
// lines between blank lines. Line-based and linear, so a 10 MB single line costs one pass.

export interface LineRange {
  startLine: number;
  endLine: number;
  kind: 'section' | 'paragraph';
}

const SUBHEAD_MAX = 80;
const SENTENCE_END = /[.!?:;,"”’)»]\s*$/;

export function isSubhead(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= SUBHEAD_MAX && !SENTENCE_END.test(t) && /\p{Lu}/u.test(t[0] ?? '');
}

export function foldingRanges(text: string): LineRange[] {
  const lines = text.split(/\r?\n/);
  const out: LineRange[] = [];
  // sections: from a subhead (not the headline on line 0) to the line before the next subhead
  let section = -1;
  const closeSection = (end: number) => {
    let e = end;
    while (e > section && lines[e].trim() === '') e--;
    if (section >= 0 && e > section) out.push({ startLine: section, endLine: e, kind: 'section' });
  };
  // paragraphs: runs of two or more non-blank lines (hard-wrapped copy)
  let para = -1;
  for (let i = 0; i < lines.length; i++) {
    const blank = lines[i].trim() === '';
    if (blank) {
      if (para >= 0 && i - 1 > para) out.push({ startLine: para, endLine: i - 1, kind: 'paragraph' });
      para = -1;
    } else if (para < 0) para = i;
    if (i > 0 && !blank && isSubhead(lines[i])) {
      closeSection(i - 1);
      section = i;
    }
  }
  if (para >= 0 && lines.length - 1 > para) out.push({ startLine: para, endLine: lines.length - 1, kind: 'paragraph' });
  closeSection(lines.length - 1);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
