/**
 * Checks on a user-written id pattern before it may run on a page: a pattern that can backtrack
 * catastrophically (`/status/((\d+)+)$` takes a third of a second per long link on the page's main
 * thread), or that names a `host` group (which would let a link choose another site's key), is
 * refused with what to change. The analysis (scslre, on the regexpp parser) runs in the extension's
 * own pages and the background, never in the content script.
 */
import { analyse, type Report } from 'scslre';

/** Key template names the page supplies itself: a pattern's group may not stand in for them. */
const RESERVED_GROUPS = ['host'];

function culprit(report: Report): string {
  switch (report.type) {
    case 'Self':
      return `${report.quant.raw} repeats inside ${report.parentQuant.raw}`;
    case 'Trade':
      return `${report.startQuant.raw} and ${report.endQuant.raw} can match the same characters`;
    case 'Move':
      return `${report.quant.raw} can start at every position`;
  }
}

/**
 * Why `source` may not be an id pattern (it must already compile), or null when it may. The
 * message names the part at fault and how to write it.
 */
export function patternSafetyError(source: string): string | null {
  const reserved = RESERVED_GROUPS.find((g) => source.includes(`(?<${g}>`));
  if (reserved) {
    return `the group name "${reserved}" is reserved for the page's own address; rename the group (e.g. (?<site>…))`;
  }
  let reports: Report[];
  try {
    reports = analyse({ source, flags: '' }, { maxReports: 1 }).reports;
  } catch {
    // The analyser does not know a syntax the browser accepts: refuse rather than guess.
    return 'this pattern cannot be checked for slow matching; write it more simply';
  }
  const report = reports[0];
  if (!report) return null;
  const fixed = report.fix()?.source;
  return (
    `it can backtrack catastrophically (${culprit(report)}; a long run of ` +
    `"${report.character.pick}" in a link would freeze the page): ` +
    (fixed && fixed !== source
      ? `write it as ${fixed}`
      : 'use one quantifier per run of characters and bound it, e.g. (\\d{1,25}) rather than ((\\d+)+)')
  );
}
