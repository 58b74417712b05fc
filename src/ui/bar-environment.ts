import { createContext } from 'preact';

/** Where private text is drawn: a stylesheet inside the bar's closed shadow root. */
export interface PrivateTextSheet {
  /** A class whose `::before` shows `text` (CSS generated content, never a text node). */
  classFor(text: string): string;
}

/**
 * Where a bar is drawn. In a page (the content script's closed shadow roots) the site is
 * watching: private text is drawn only as generated content and controls answer only the user's
 * own pointer and keys. In the extension's own pages (the side panel) the defaults apply.
 */
export interface BarEnvironment {
  privateText: PrivateTextSheet | null;
  /** Controls open and act only after a trusted pointer event or a trusted Tab into the bar. */
  trustedOnly: boolean;
}

export const BarEnvironmentContext = createContext<BarEnvironment>({
  privateText: null,
  trustedOnly: false,
});
