import type { PrivateTextSheet } from '../../ui/bar-environment';

/**
 * A CSS string literal for `text`: every character but ASCII letters, digits and spaces as a hex
 * escape, so no text can close the string, the rule or a `<style>` element.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    out += /[A-Za-z0-9 ]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}

/**
 * One bar's private text, drawn by `::before { content: "…" }` rules in a stylesheet inside its
 * closed shadow root: the page's `window.find`, `innerText`, `textContent` and selections never
 * see generated content, and the closed root keeps the stylesheet out of the page's reach.
 * Classes are numbered, not derived from the text. The sheet is written once per draw.
 */
export class GeneratedTextSheet implements PrivateTextSheet {
  private classes = new Map<string, string>();
  // The texts of the draw before: a text drawn again keeps its class (no style change).
  private previous = new Map<string, string>();
  private next = 0;
  private written = '';
  private scheduled = false;

  constructor(private readonly write: (css: string) => void) {}

  classFor(text: string): string {
    let name = this.classes.get(text);
    if (!name) {
      name = this.previous.get(text) ?? `t${(this.next++).toString(36)}`;
      this.classes.set(text, name);
      // A render draws several texts: the sheet is written once, before the next paint.
      if (!this.scheduled) {
        this.scheduled = true;
        queueMicrotask(() => this.flush());
      }
    }
    return name;
  }

  /** Writes the rules now (after a draw, so its texts show in the same frame). */
  flush(): void {
    this.scheduled = false;
    let css = '';
    for (const [text, name] of this.classes) css += `.${name}::before{content:${cssString(text)}}`;
    if (css !== this.written) {
      this.written = css;
      this.write(css);
    }
  }

  /** Forgets texts no longer drawn (a recycled host's old post); the next draw adds its own. */
  reset(): void {
    this.previous = this.classes;
    this.classes = new Map();
  }
}
