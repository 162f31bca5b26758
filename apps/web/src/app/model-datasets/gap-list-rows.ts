/** How much of a description a row shows; the evidence dialog has the full text. */
export const DESCRIPTION_LENGTH = 160;

/** The first sentence or so of a description, cut at a word. */
export function shortDescription(text: string | null, max = DESCRIPTION_LENGTH): string {
  if (!text) return '';
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.\s-]+$/, '')} …`;
}
