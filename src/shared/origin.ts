/**
 * The host permission pattern for an address, `https://couch.example.org/*`: any port, since
 * Firefox refuses a port in a pattern and Chrome reads a pattern without one as any port.
 */
export function originPattern(address: string | URL): string {
  const url = new URL(address);
  return `${url.protocol}//${url.hostname}/*`;
}
