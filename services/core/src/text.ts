/** Unicode NFC, the one form user-facing text is stored and compared in. */
export const nfc = (s: string): string => s.normalize('NFC');

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
