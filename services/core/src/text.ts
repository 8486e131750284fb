/** Unicode NFC, the one form user-facing text is stored and compared in. */
export const nfc = (s: string): string => s.normalize('NFC');

/** Text safe inside HTML elements and quoted attributes. */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Orders names as Vietnamese sorts them ("Đ" after "D"). */
export const compareVi = new Intl.Collator('vi').compare;

/** Folds Vietnamese diacritics for search: "Hồng Lĩnh" → "hong linh", "Đồng" → "dong". */
export function foldDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
