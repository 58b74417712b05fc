/** Collapses runs of white space (including non-breaking) to one space and trims. */
export function collapseWhitespace(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** `text` in at most `max` characters, an ellipsis marking a cut. */
export function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
