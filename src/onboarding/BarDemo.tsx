import { useState } from 'preact/hooks';
import type { AeState } from '../db/ae-records';
import { t } from '../shared/i18n';
import { Overlay } from '../ui/Overlay';
import { applyDemoMark, applyDemoPatch, demoView } from './demo-post';

/** Collections offered by the demo's collection picker (key L). */
const demoCollections = () => Promise.resolve([t('onboarding_catCreatingName')]);

/**
 * The real bar on a sample post, to try the keys on. Every change stays in this component's
 * state: the demo sends no message, so nothing reaches the database.
 */
export function BarDemo() {
  const [view, setView] = useState(demoView);
  const [ae, setAe] = useState<AeState | null>(null);
  const [tried, setTried] = useState(false);
  const changed = () => setTried(true);

  return (
    <section aria-labelledby="demo-title" class="demo">
      <h2 id="demo-title">{t('onboarding_demoTitle')}</h2>
      <p>{t('onboarding_demoIntro')}</p>
      <article class="sample-post" aria-label={t('onboarding_exampleLabel')}>
        <p class="sample-author">{view.post.authorHeadline}</p>
        <p>{view.post.text}</p>
        <div class="bar-slot" data-testid="demo-bar">
          <Overlay
            view={view}
            error={null}
            onPatch={(patch) => (setView((v) => applyDemoPatch(v, patch)), changed())}
            onMarkAuthor={(mark) => (setView((v) => applyDemoMark(v, mark)), changed())}
            ae={{ state: ae, onReport: () => (setAe('new'), changed()) }}
            collectionNames={demoCollections}
          />
        </div>
      </article>
      <p class="muted" role="status">
        {tried ? t('onboarding_demoSaved') : ''}
      </p>
    </section>
  );
}
