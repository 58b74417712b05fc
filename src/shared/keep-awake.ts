// While the dashboard is open the background keeps what it built for it (the in-memory index of
// annotated posts, seconds to rebuild at 100,000 posts): a browser stops an idle extension worker
// after about 30 seconds, and a message on an open port counts as activity.

/** The port's name: the background answers no other port of its own pages. */
export const KEEP_AWAKE_PORT = 'keep-awake';
/** Well inside the browser's 30-second idle limit. */
export const KEEP_AWAKE_MS = 20_000;

interface Port {
  postMessage(message: unknown): void;
  disconnect(): void;
}

/** Keeps the background awake while the page is open; returns the function that lets it sleep. */
export function keepBackgroundAwake(
  runtime: { connect(info: { name: string }): Port },
  every = KEEP_AWAKE_MS,
): () => void {
  const port = runtime.connect({ name: KEEP_AWAKE_PORT });
  const timer = setInterval(() => port.postMessage('awake'), every);
  return () => {
    clearInterval(timer);
    port.disconnect();
  };
}
