import { t, type MessageKey } from '../shared/i18n';

const FEATURES: { id: string; title: MessageKey; body: MessageKey }[] = [
  { id: 'panel', title: 'onboarding_panelTitle', body: 'onboarding_panelBody' },
  { id: 'targets', title: 'onboarding_targetsTitle', body: 'onboarding_targetsBody' },
  { id: 'ae', title: 'onboarding_aeTitle', body: 'onboarding_aeBody' },
];

/** Side-panel mode, target lists and adverse-event intake, one paragraph each. */
export function FeatureTour() {
  return (
    <section aria-labelledby="more-title">
      <h2 id="more-title">{t('onboarding_moreTitle')}</h2>
      <div class="columns">
        {FEATURES.map((f) => (
          <div class="card" key={f.id} id={f.id}>
            <h3>{t(f.title)}</h3>
            <p>{t(f.body)}</p>
          </div>
        ))}
      </div>
    </section>
  );
}
