// The dashboard's port that keeps this worker awake while it is open (shared/keep-awake.ts).
import { KEEP_AWAKE_PORT } from '../shared/keep-awake';

interface Port {
  name: string;
  sender?: { url?: string };
  onMessage: { addListener(cb: (message: unknown) => void): void };
  disconnect(): void;
}

/** Holds the port open when one of the extension's own pages asks by name; refuses any other. */
export function acceptKeepAwake(port: Port, ownOrigin: string): void {
  if (port.name !== KEEP_AWAKE_PORT || !port.sender?.url?.startsWith(ownOrigin)) {
    port.disconnect();
    return;
  }
  // The messages say only "still here": receiving them is what keeps the worker awake.
  port.onMessage.addListener(() => undefined);
}
