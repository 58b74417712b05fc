// Finds user-facing text written into components by hand instead of through t(): JSX text and
// the text-bearing attributes of .tsx files. Used by test/locales/hand-written.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Attributes a user reads or hears. `text` is the bar's <Private text="…">. */
const TEXT_ATTRIBUTES = new Set(['title', 'placeholder', 'aria-label', 'alt', 'label', 'text']);
/** Names that are the same in every language. */
const SAME_IN_EVERY_LANGUAGE = new Set(['HCP Lens', 'CSV', 'JSON', 'Excel', 'CouchDB', 'URL']);

const hasWords = (s: string) => /\p{L}{2,}/u.test(s) && !SAME_IN_EVERY_LANGUAGE.has(s.trim());

export interface HandWritten {
  file: string;
  line: number;
  text: string;
}

export function findHandWritten(source: string, file = 'component.tsx'): HandWritten[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: HandWritten[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text.trim());
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(sf))) {
      const init = node.initializer;
      const literal =
        init && ts.isStringLiteral(init)
          ? init
          : init &&
              ts.isJsxExpression(init) &&
              init.expression &&
              ts.isStringLiteral(init.expression)
            ? init.expression
            : undefined;
      if (literal && hasWords(literal.text)) report(node, literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/**
 * Every .tsx under the folders, relative to `root`. An entry may also name one .tsx file, for a
 * folder whose components are translated one by one.
 */
export function scanFolders(root: string, folders: readonly string[]): HandWritten[] {
  const out: HandWritten[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.tsx'))
        out.push(...findHandWritten(readFileSync(path, 'utf8'), relative(root, path)));
    }
  };
  for (const folder of folders) {
    const path = join(root, folder);
    if (folder.endsWith('.tsx'))
      out.push(...findHandWritten(readFileSync(path, 'utf8'), relative(root, path)));
    else walk(path);
  }
  return out;
}
