import type { RulesTestReply } from '../content/rules-test';
import { formatNumber, t, tn } from '../shared/i18n';

/** What candidate rules found on the open tab: how many posts, and the first ones as read. */
export function RuleTestResult({ result }: { result: RulesTestReply }) {
  const unread = result.containers - result.posts;
  return (
    <div class="rules-result">
      <p data-testid="rules-test-count">
        {tn('set_rulesFound', result.posts, [result.tabUrl])}
        {unread > 0 && ` ${t('set_rulesUnread', formatNumber(unread))}`}
      </p>
      {result.sample.length > 0 && (
        <table aria-label={t('set_rulesSample')}>
          <thead>
            <tr>
              <th>{t('set_rulesColKey')}</th>
              <th>{t('set_rulesColAuthor')}</th>
              <th>{t('set_rulesColHeadline')}</th>
              <th>{t('set_rulesColText')}</th>
            </tr>
          </thead>
          <tbody>
            {result.sample.map((p) => (
              <tr key={p.key}>
                <td>{p.key}</td>
                <td>{p.authorName}</td>
                <td>{p.authorHeadline}</td>
                <td class="text">{p.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
