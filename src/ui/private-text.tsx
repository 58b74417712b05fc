import { useContext } from 'preact/hooks';
import { BarEnvironmentContext } from './bar-environment';

/**
 * Text the page must never read: target lists and tiers, tags, notes, the confirmed category, the
 * follow-up flag, the author's mark, and the verdict they change. In a page it is drawn by CSS
 * generated content from a stylesheet inside the closed shadow root, so no DOM or text-search API
 * of the page (`window.find`, `innerText`, selections) finds it; screen readers still read it
 * (generated content is in the accessibility tree). In the extension's own pages it is plain text.
 */
export function Private({ text }: { text: string }) {
  const { privateText } = useContext(BarEnvironmentContext);
  if (!privateText) return <>{text}</>;
  return <span class={privateText.classFor(text)} />;
}

/**
 * An attribute (`title`, `aria-label`) that would spell private text: kept in the extension's own
 * pages, left out in a page, where the accessible name comes from the generated content instead.
 */
export function usePrivateAttribute(): (text: string | (() => string)) => string | undefined {
  const { privateText } = useContext(BarEnvironmentContext);
  // A function is called only where the attribute is kept: a page's bar never looks its words up.
  return (text) => (privateText ? undefined : typeof text === 'function' ? text() : text);
}
