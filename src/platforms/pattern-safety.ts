/**
 * Checks on a user-written id pattern before it may run on a page: a pattern that can backtrack
 * catastrophically (`/status/((\d+)+)$` takes a third of a second per long link on the page's main
 * thread), or that names a `host` group (which would let a link choose another site's key), is
 * refused with what to change. Runs in the extension's pages and the background, never in the
 * content script. safe-regex2 refuses nested quantifiers (star height above one); an alternation
 * repeated without bound, the other common exponential shape, is refused here on ret's parse tree
 * (the parser safe-regex2 uses).
 */
import ret, { types, type Root, type Token } from 'ret';
import safeRegex from 'safe-regex2';

/** Key template names the page supplies itself: a pattern's group may not stand in for them. */
const RESERVED_GROUPS = ['host'];

/** Whether `token` holds an alternation that a repetition without upper bound repeats. */
function repeatsAlternation(token: Token | Root, unbounded = false): boolean {
  if (token.type === types.REPETITION) {
    return repeatsAlternation(token.value, unbounded || token.max === Infinity);
  }
  if (token.type !== types.GROUP && token.type !== types.ROOT) return false;
  if (token.options && unbounded) return true;
  const parts = token.options ?? [token.stack ?? []];
  return parts.some((stack) => stack.some((t) => repeatsAlternation(t, unbounded)));
}

/**
 * Why `source` may not be an id pattern (it must already compile), or null when it may. The
 * message says what to write instead.
 */
export function patternSafetyError(source: string): string | null {
  const reserved = RESERVED_GROUPS.find((g) => source.includes(`(?<${g}>`));
  if (reserved) {
    return `the group name "${reserved}" is reserved for the page's own address; rename the group (e.g. (?<site>…))`;
  }
  if (!safeRegex(source)) {
    return (
      'it can backtrack catastrophically on a long link and freeze the page: a repeated part ' +
      'repeats inside another (nested quantifiers such as ((\\d+)+) or (\\w+)*); use one quantifier ' +
      'per run of characters and bound it, e.g. (\\d{1,25})'
    );
  }
  let tree: Root;
  try {
    tree = ret(source);
  } catch {
    return 'this pattern cannot be checked for slow matching; write it more simply';
  }
  if (repeatsAlternation(tree)) {
    return (
      'it can backtrack catastrophically on a long link and freeze the page: an alternation ' +
      'repeated without bound, such as (a|ab)*; match the id with one character class instead, ' +
      'e.g. ([\\w-]{1,64})'
    );
  }
  return null;
}
