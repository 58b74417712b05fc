import { useEffect, useState } from 'preact/hooks';
import type { PostView } from '../db/records';
import type { AnnotationPatch } from '../messages/schemas';
import { isBroadcast, send, type RuntimeWithEvents } from '../messages/protocol';
import type { PostSnapshot } from '../platforms/types';
import { Overlay } from '../ui/Overlay';
import type { Connect } from './tab-link';
import { useAeReports } from './ae-reports';
import { t, tn } from '../shared/i18n';

const SNIPPET = 160;

/**
 * Side-panel mode: the posts in view on the current tab, tagged here, with nothing inserted
 * into the page. Works beside overlays too.
 */
export function SidePanel({ runtime, connect }: { runtime: RuntimeWithEvents; connect: Connect }) {
  const [posts, setPosts] = useState<PostSnapshot[] | null>(null);
  const [views, setViews] = useState<Map<string, PostView>>(new Map());
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const ae = useAeReports(runtime, views, (key, e) =>
    setErrors((old) => (e ? new Map(old).set(key, e) : old.delete(key) ? new Map(old) : old)),
  );

  useEffect(() => connect(setPosts), [connect]);

  useEffect(() => {
    if (!posts?.length) return;
    let live = true;
    // Reporting them again is idempotent and answers with the verdicts, even for posts the page
    // has not reported yet.
    send(runtime, { type: 'posts/seen', posts: posts.slice(0, 100) }).then(
      ({ views: list }) => live && setViews(new Map(list.map((v) => [v.post.key, v]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [runtime, posts]);

  useEffect(() => {
    const onMessage = (m: unknown) => {
      if (!isBroadcast(m) || m.type !== 'annotation/changed') return;
      const view = m.view as PostView;
      setViews((old) => (old.has(m.key) ? new Map(old).set(m.key, view) : old));
    };
    runtime.onMessage.addListener(onMessage);
    return () => runtime.onMessage.removeListener?.(onMessage);
  }, [runtime]);

  const patch = (post: PostSnapshot, p: AnnotationPatch) =>
    send(runtime, { type: 'annotation/set', key: post.key, patch: p, post }).then(
      ({ view }) => {
        setViews((old) => new Map(old).set(post.key, view));
        setErrors((old) => (old.delete(post.key) ? new Map(old) : old));
      },
      (e: Error) => setErrors((old) => new Map(old).set(post.key, t('bar_notSaved', e.message))),
    );

  const collectionNames = () =>
    send(runtime, { type: 'labels/names', kind: 'collection' }).then((r) => r.names);

  return (
    <main class="panel">
      <header>
        <h1>{t('extName')}</h1>
        <span class="muted">{posts ? tn('sidepanel_postsInView', posts.length) : ''}</span>
      </header>
      {posts === null && <p class="muted">{t('sidepanel_openFeed')}</p>}
      {posts?.length === 0 && <p class="muted">{t('sidepanel_scroll')}</p>}
      {posts?.map((post) => (
        <article class="post" key={post.key} data-post-key={post.key}>
          <div class="author">{post.authorName}</div>
          <div class="snippet">
            {post.text.length > SNIPPET ? `${post.text.slice(0, SNIPPET)}…` : post.text}
          </div>
          <Overlay
            alwaysOpen
            view={views.get(post.key) ?? null}
            error={errors.get(post.key) ?? null}
            onPatch={(p) => void patch(post, p)}
            ae={ae(post)}
            collectionNames={collectionNames}
            onMarkAuthor={(isHcp) =>
              void send(runtime, { type: 'author/mark', post, isHcp }).then(({ views: changed }) =>
                setViews((old) => {
                  const next = new Map(old);
                  for (const v of changed) if (next.has(v.post.key)) next.set(v.post.key, v);
                  return next;
                }),
              )
            }
          />
        </article>
      ))}
    </main>
  );
}
