/**
 * Text as typed → text the reader can scan: full-width digits and signs become ASCII, and
 * thousands separators ("1,028.57", "1，028.57") are dropped. Each full-width character maps to
 * one ASCII character, so quotes taken from the result read as the editor wrote them.
 */
const FULL_WIDTH = /[０-９．％]/g;

export function normalizeText(text: string): string {
  return text
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    // A separator is a comma between a digit and exactly three digits that end the number's whole part.
    .replace(/(\d)[,，](?=\d{3}(?!\d))/g, "$1");
}
