import { foldDiacritics } from '../text';

export interface TextRange {
  start: number;
  length: number;
}

/** Folds one character at a time, so positions in the folded text are positions in the original. */
function foldInPlace(text: string): string {
  return [...text].map((ch) => (foldDiacritics(ch) || ' ').slice(0, 1).padEnd(ch.length, ' ')).join('');
}

const AROUND = 60;

/**
 * A short excerpt around the first place the words occur, with the ranges to highlight
 * (code units of the excerpt): "giai quyet" marks "giải quyết" as typed with its diacritics.
 */
export function snippetOf(text: string, words: readonly string[]): { snippet: string; highlights: TextRange[] } {
  const folded = foldInPlace(text);
  const hits = words.flatMap((w) => {
    const found: TextRange[] = [];
    for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + w.length)) found.push({ start: i, length: w.length });
    return found;
  });
  const first = hits.length ? Math.min(...hits.map((h) => h.start)) : 0;
  const from = first > AROUND ? text.lastIndexOf(' ', first - AROUND / 2) + 1 : 0;
  const to = Math.min(text.length, Math.max(first + AROUND * 2, from + AROUND * 3));
  const cut = text.slice(from, to);
  const lead = from > 0 ? '…' : '';
  const snippet = `${lead}${cut}${to < text.length ? '…' : ''}`;
  const highlights = hits
    .filter((h) => h.start >= from && h.start + h.length <= to)
    .map((h) => ({ start: h.start - from + lead.length, length: h.length }))
    .sort((a, b) => a.start - b.start)
    .filter((h, i, all) => i === 0 || h.start >= all[i - 1].start + all[i - 1].length);
  return { snippet, highlights };
}
