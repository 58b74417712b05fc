import type { Envelope, RequestOf, RequestType, Responses } from '../messages';
import { contentRequestSchema, pageRequestSchema } from '../messages/schemas';
import { describeFailure } from './failure';

/** The part of `runtime.MessageSender` the router trusts. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type Handlers = {
  [T in RequestType]: (request: RequestOf<T>, sender: Sender) => Promise<Responses[T]>;
};

/** 64 KB a post times 100 posts is the largest legitimate batch; anything bigger is refused. */
export const MAX_MESSAGE_BYTES = 2_500_000;
/** A backup file restored from the dashboard holds every annotated post's text. */
export const MAX_BACKUP_MESSAGE_BYTES = 210 * 1024 * 1024;

/**
 * A target-list CSV may be 5 MB, and JSON escaping can double its quotes and line breaks; only the
 * extension's own pages may send one (`targets/*` are page requests).
 */
export const MAX_TARGETS_MESSAGE_BYTES = 12_000_000;

/**
 * Requests that never touch storage: they are answered even while the database cannot be used
 * (an upgrade waiting for an old page), instead of waiting or failing with it.
 */
const WITHOUT_STORAGE = new Set<string>(['rules/test']);

export interface RouterOptions {
  extensionId: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionOrigin: string;
  log?: (line: string) => void;
  /** Waits until storage can be used; rejects with the reason when it cannot (db/open-guard.ts). */
  ready?: () => Promise<void>;
}

/**
 * Validates every incoming message and who sent it before any handler runs. Content scripts may
 * only report posts and annotate; only the extension's own pages may read or export data.
 */
export function createRouter(handlers: Handlers, options: RouterOptions) {
  const logged = new Set<string>();
  const refuse = (reason: string): Envelope<never> => {
    // Logged once per reason: a hostile page retrying must not flood the console.
    if (!logged.has(reason)) {
      logged.add(reason);
      (options.log ?? console.warn)(`HCP Lens refused a message: ${reason}`);
    }
    return { ok: false, error: reason };
  };

  return async function route(message: unknown, sender: Sender): Promise<Envelope<unknown>> {
    if (sender.id !== options.extensionId) return refuse('sender is not this extension');
    let size: number;
    try {
      size = JSON.stringify(message)?.length ?? 0;
    } catch {
      return refuse('message is not serialisable');
    }
    const fromExtensionPage = sender.url?.startsWith(options.extensionOrigin) ?? false;
    const type = (message as { type?: unknown } | null)?.type;
    const limit =
      !fromExtensionPage || typeof type !== 'string'
        ? MAX_MESSAGE_BYTES
        : type.startsWith('targets/')
          ? MAX_TARGETS_MESSAGE_BYTES
          : type.startsWith('backup/')
            ? MAX_BACKUP_MESSAGE_BYTES
            : MAX_MESSAGE_BYTES;
    if (size > limit) return refuse('message is too large');

    const content = contentRequestSchema.safeParse(message);
    const page = content.success ? null : pageRequestSchema.safeParse(message);
    if (page?.success && !fromExtensionPage) {
      return refuse(`${page.data.type} is only accepted from the extension's own pages`);
    }
    const request = content.success ? content.data : page?.success ? page.data : null;
    if (!request) {
      return refuse(
        `malformed or unknown message${typeof type === 'string' ? ` (${type.slice(0, 40)})` : ''}`,
      );
    }
    try {
      if (!WITHOUT_STORAGE.has(request.type)) await options.ready?.();
      const handler = handlers[request.type] as (r: typeof request, s: Sender) => Promise<unknown>;
      return { ok: true, data: await handler(request, sender) };
    } catch (error) {
      return { ok: false, error: describeFailure(error) };
    }
  };
}
