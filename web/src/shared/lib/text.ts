/**
 * Folds Vietnamese text for matching: lower case, no diacritics, đ → d, spaces collapsed
 * ("Đảng bộ  Khối" → "dang bo khoi").
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether every word of `query` occurs in `text`, both folded (any order). */
export function matchesWords(text: string, query: string): boolean {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const hay = fold(text);
  return words.every((w) => hay.includes(w));
}
