// Zod-free so the content script can trim a post to what the background accepts before sending.

/** Longest value each snapshot field may carry. A hostile page's 1 MB name is cut, not refused. */
export const SNAPSHOT_LIMITS = {
  url: 2048,
  authorName: 500,
  authorHandle: 200,
  authorHeadline: 2000,
  authorProfileUrl: 2048,
  text: 20_000,
  context: 500,
} as const;
