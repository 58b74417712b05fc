/** Collapses runs of white space (including non-breaking) to one space and trims. */
export function collapseWhitespace(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}
