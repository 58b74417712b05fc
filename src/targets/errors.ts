/** A file the parser refuses as a whole (too big, no name column, a format it cannot read). */
export class TargetFileError extends Error {}
