import { Fragment } from 'preact';
import { t } from '../shared/i18n';
import { BAR_KEYS, type KeyHelp } from './bar-keys';

/** A run of consecutive digits reads as a range (1–5); other keys are listed. */
function Keys({ keys }: Pick<KeyHelp, 'keys'>) {
  if (keys.length > 2 && keys.every((k) => /^\d$/.test(k))) {
    return (
      <>
        <kbd>{keys[0]}</kbd>–<kbd>{keys[keys.length - 1]}</kbd>
      </>
    );
  }
  return (
    <>
      {keys.map((k, i) => (
        <Fragment key={k}>
          {i > 0 && ` ${t('onboarding_keyOr')} `}
          <kbd>{k}</kbd>
        </Fragment>
      ))}
    </>
  );
}

/** The bar's keys, from the same table the bar uses. */
export function KeysGuide() {
  return (
    <section aria-labelledby="keys-title">
      <h2 id="keys-title">{t('onboarding_keysTitle')}</h2>
      <p>{t('onboarding_keysIntro')}</p>
      <table class="keys">
        <thead>
          <tr>
            <th scope="col">{t('onboarding_keysColumn')}</th>
            <th scope="col">{t('onboarding_actionColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {BAR_KEYS.map((k) => (
            <tr key={k.does}>
              <td>
                <Keys keys={k.keys} />
              </td>
              <td>{t(k.does)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
