/** Pages the content script runs on. Host access is requested for these and nothing else. */
export const SUPPORTED_SITES = ['https://www.linkedin.com/*'];
